# Accounting: orders and paying them
accounting-title = Comptabilité
accounting-lead = Les commandes de votre organisation et leurs paiements.
accounting-tabs-label = Comptabilité
accounting-tab-orders = Commandes
accounting-tab-addresses = Adresses de facturation
orders-filter-status = Statut
orders-filter-all = Tous les statuts
orders-none-found-title = Aucune commande avec ce statut
orders-none-found-body = Choisissez un autre statut pour voir d’autres commandes.
orders-empty-title = Pas encore de commande
orders-empty-body = Les commandes passées sous Produits apparaissent ici, pour les payer et les suivre.
orders-col-number = Commande
orders-col-products = Produits
orders-col-placed = Passée le
orders-col-total = Total
orders-col-status = Statut
orders-col-pay-by = À payer avant le
orders-more-products = { $count ->
    [one] et 1 autre
   *[other] et { $count } autres
}
orders-back = Toutes les commandes
orders-order-title = Commande { $number }
orders-invoice = Facture
orders-lines-title = Ce qui a été commandé
orders-products-title = Produits mis en place
orders-setting-up = { $count ->
    [one] Un produit est encore en cours de mise en place ; cela se fait sans vous.
   *[other] { $count } produits sont encore en cours de mise en place ; cela se fait sans vous.
}
orders-payments-title = Paiements
orders-pay-title = Payer cette commande
orders-prepaid-balance = solde
orders-prepaid-short = Le solde prépayé ne couvre pas cette commande.
orders-prepaid-part = Utiliser d’abord le solde : { $amount } du compte prépayé, { $rest } par le moyen choisi
orders-part-prepaid = Du compte prépayé
orders-part-rest = Par { $method }
orders-pay = Payer
orders-pay-confirm-title = Payer la commande { $number } ?
orders-pay-card-body = Vous saisirez votre carte sur la page du prestataire de paiement, puis reviendrez ici.
orders-pay-prepaid-body = Le montant est prélevé aussitôt sur le solde prépayé.
orders-pay-approve-body = Vous approuverez le paiement sur la page du prestataire ou dans son application, puis reviendrez ici.
orders-pay-confirm = Payer maintenant
error-conflict-order-not-payable = Cette commande ne peut plus être payée : elle est payée, annulée ou expirée.
error-conflict-payment-method-unavailable = Ce moyen de paiement ne peut pas être utilisé pour cette commande.
error-conflict-payment-processor-unreachable = Le prestataire de paiement est injoignable. Rien n’a été débité ; réessayez dans un instant.
error-conflict-prepaid-insufficient = Le solde prépayé ne couvre pas cette commande.
accounting-tab-invoices = Factures
invoices-empty-title = Pas encore de facture
invoices-empty-body = Chaque commande payée reçoit ici sa facture.
invoices-filter-status = Statut
invoices-filter-all-statuses = Tous les statuts
invoices-filter-year = Année
invoices-filter-all-years = Toutes les années
invoices-filter-address = Adresse de facturation
invoices-filter-all-addresses = Toutes les adresses de facturation
invoices-none-found-title = Aucune facture ne correspond à ces filtres
invoices-none-found-body = Choisissez un autre statut, une autre année ou une autre adresse de facturation.
invoices-col-number = Facture
invoices-col-issued = Émise le
invoices-col-total = Total
invoices-col-status = Statut
accounting-tab-to-pay = À payer
to-pay-show-all = Afficher tous les renouvellements
to-pay-pay-selection = Payer ma sélection
to-pay-pro-forma-selection = Générer une facture pro forma
to-pay-empty-title = Rien à renouveler prochainement
to-pay-empty-body = Les produits dont l’échéance tombe dans les deux mois apparaissent ici. Affichez tout pour en renouveler un plus tôt.
to-pay-window = Renouvellements dont l’échéance tombe dans les { $days } jours.
to-pay-confirm-title = Renouveler ces produits ?
to-pay-confirm-body = Une seule commande les renouvelle tous ; payez-la à la page suivante.
to-pay-confirm-transfer-body = Une seule commande les renouvelle tous ; sa facture pro forma porte la QR-facture pour la payer par virement.
to-pay-col-product = Produit
to-pay-col-ends = Échéance
to-pay-col-status = Statut
to-pay-col-period = Renouveler pour
to-pay-col-price = Prix HT
accounting-tab-prepaid = Compte prépayé
prepaid-balance = Solde
prepaid-empty-title = Pas encore de mouvement
prepaid-empty-body = Les versements et les commandes payées avec le solde apparaissent ici.
prepaid-col-when = Date
prepaid-col-what = Objet
prepaid-col-amount = Montant
prepaid-movement-deposit = Versement
prepaid-movement-refund = Remboursement
prepaid-movement-order = Commande payée
prepaid-movement-late-payment = Conservé d’un second paiement de la commande
prepaid-movement-unfinished-payment = Conservé d’un paiement de la commande dont la part prépayée n’était plus couverte
error-conflict-idempotency-key-reused = Cette demande a déjà été faite avec d’autres données. Rechargez la page et réessayez.
field-error-amount-invalid = Saisissez un montant comme 50 ou 120.50.
field-error-amount-out-of-range = Un versement est compris entre 0.10 et 9 999.00.
prepaid-deposit-title = Verser par carte
prepaid-deposit-amount = Montant à verser
prepaid-deposit-confirm-title = Verser { $amount } par carte ?
prepaid-deposit-confirm-body = Vous saisirez votre carte sur la page du prestataire de paiement ; le montant est sur le solde une fois payé.
prepaid-deposit = Verser
invoices-col-document = Document
invoices-pdf = PDF
invoices-pdf-label = Télécharger la facture { $number } en PDF
invoices-pdf-none = Pas de PDF pour cette facture antérieure
invoices-pdf-after-payment = PDF une fois payée
orders-pro-forma = Voir la facture pro forma
orders-transfer-body = Pour payer par virement, utilisez la QR-facture de la facture pro forma. La commande est payée dès que le virement est arrivé.
topbar-counts-label = Ce qui attend dans la comptabilité
topbar-to-pay = { $count ->
    [one] 1 à payer
   *[other] { $count } à payer
}
topbar-pending-orders = { $count ->
    [one] 1 commande en attente
   *[other] { $count } commandes en attente
}
accounting-tab-payment-methods = Moyens de paiement
saved-methods-lead = Cartes et profils TWINT ou PayPal conservés par le prestataire de paiement pour les renouvellements automatiques. Mandant ne voit jamais le numéro de carte.
saved-methods-make-default = Définir par défaut
saved-methods-remove = Supprimer
saved-methods-remove-label = Supprimer { $method }
saved-methods-remove-title = Supprimer { $method } ?
saved-methods-remove-body = Les renouvellements automatiques ne lui seront plus débités. Vous pourrez l’enregistrer à nouveau lors de votre prochain paiement.
saved-methods-empty-title = Aucun moyen de paiement enregistré
saved-methods-empty-body = Cochez « Conserver pour les renouvellements automatiques » en payant par carte, PostFinance Card, TWINT ou PayPal.
saved-methods-default = Par défaut
saved-methods-col-method = Moyen
saved-methods-col-expires = Expire
saved-methods-col-actions = Actions
orders-pay-save = Le conserver pour les renouvellements automatiques (chez le prestataire de paiement, pas chez Mandant)
invoices-credit-note = Note de crédit (PDF)
prepaid-transfer-title = Par virement bancaire
prepaid-transfer-body = Versez le montant de votre choix depuis votre banque avec la QR-facture du bulletin : il est crédité ici dès que la banque annonce le virement, en général le jour ouvrable suivant.
prepaid-transfer-slip = Télécharger le bulletin de versement (PDF)
saved-methods-expired = Expirée
