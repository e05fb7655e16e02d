dashboard-title = Tableau de bord
dashboard-lead = Ce que possède cette organisation et ce qui demande votre attention.
dashboard-products = Produits
dashboard-members = Membres
dashboard-unpaid = À payer
dashboard-unpaid-count = { $count ->
    [one] { $count } facture impayée
   *[other] { $count } factures impayées
}
dashboard-unpaid-invoices = Factures impayées
dashboard-no-products-title = Aucun produit pour l’instant
dashboard-no-products-body = Les domaines, hébergements et services commandés pour cette organisation apparaissent ici.
dashboard-no-invoices-title = Rien à payer
dashboard-no-invoices-body = Toutes les factures de cette organisation sont payées.

product-col-name = Nom
product-col-kind = Type
product-col-status = Statut
product-col-expires = Expiration

product-kind-domain = Nom de domaine
product-kind-domain-privacy = Confidentialité du domaine
product-kind-renewal-warranty = Garantie de renouvellement
product-kind-web-hosting = Hébergement web
product-kind-web-mail-hosting = Hébergement web et e-mail
product-kind-mail-service = Service de messagerie
product-kind-cloud-server = Serveur cloud
product-kind-drive = Stockage en ligne
product-kind-backup = Sauvegarde
product-kind-ssl-certificate = Certificat SSL
product-kind-newsletter = Crédits newsletter

invoice-col-number = Facture
invoice-col-issued = Émise le
invoice-col-due = Échéance
invoice-col-status = Statut
invoice-col-total = Montant
