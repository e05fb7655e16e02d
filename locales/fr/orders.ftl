error-conflict-cart-not-sold = Ce produit n’est pas proposé.
error-conflict-cart-extension-not-sold = Cette extension de domaine n’est pas proposée.
error-conflict-cart-no-restore-fee = Ce domaine n’a pas de frais de restauration à payer.
error-conflict-cart-option-invalid = Cette option ne va pas avec ce produit.
error-conflict-cart-period-not-offered = Cette durée n’est pas proposée pour ce produit.
error-conflict-cart-too-many-years = Ce produit ne peut pas être commandé pour autant d’années en une fois.
error-conflict-promotion-unknown = Aucun code promotionnel ne correspond. Vérifiez son orthographe.
error-conflict-promotion-not-yet-valid = Ce code promotionnel n’est pas encore valable.
error-conflict-promotion-expired = Ce code promotionnel a expiré.
error-conflict-promotion-used-up = Ce code promotionnel a été utilisé autant de fois que permis.
error-conflict-promotion-already-used = Votre organisation a déjà utilisé ce code promotionnel.
error-conflict-promotion-wrong-product = Ce code promotionnel ne s’applique à rien dans le panier.
error-conflict-promotion-wrong-currency = Ce code promotionnel est prévu pour une autre monnaie.
error-conflict-voucher-expired = Ce bon a expiré.
error-conflict-voucher-used = Ce bon a déjà été utilisé.
error-conflict-voucher-wrong-product = Ce bon est prévu pour un autre produit.
error-conflict-voucher-other-organisation = Ce bon appartient à une autre organisation.

## The order page: cart, checkout and the placed order
order-period = Durée
order-period-years = { $years ->
    [one] 1 an
   *[other] { $years } ans
}
order-period-months = { $months ->
    [one] 1 mois
   *[other] { $months } mois
}
order-options = Options
order-per-year = par an
order-in-cart = Dans le panier
order-add-to-cart = Ajouter au panier
order-product-title = Autre produit
order-product-kind = Produit
order-product-label = Nom
order-product-label-hint = Le nom que vous lui donnez, p. ex. « Boutique ».
order-cart-title = Panier
order-prices-incl-tax = Prix TTC
order-cart-empty = Le panier est vide. Ajoutez un nom de domaine ou un autre produit.
order-price-incl-tax = Prix TTC
order-price-excl-tax = Prix HT
order-cart-product = Produit
order-cart-vat = TVA
order-cart-actions = Actions
order-total-excl-tax = Total HT
order-total-vat = TVA
order-total-incl-tax = Total TTC
order-reverse-charge = Pas de TVA facturée : autoliquidation, l’acheteur acquitte la TVA.
order-export = Pas de TVA facturée : l’adresse de facturation est hors de la zone TVA.
order-voucher-line = Bon gratuit
order-promotion-line = Code promotionnel { $code }
order-remove = Retirer
order-voucher-choose = Utiliser un bon gratuit pour ce produit
order-voucher-none = Aucun bon
order-voucher-free = Bon gratuit
order-voucher-until = valable jusqu’au
order-payment-card = Carte de paiement
order-payment-postfinance-card = PostFinance Card
order-payment-paypal = PayPal
order-payment-twint = TWINT
order-payment-bank-transfer = Virement bancaire
order-payment-prepaid-account = Compte prépayé
order-checkout-title = Facturation et paiement
order-billing-address = Adresse de facturation
order-payment-method = Moyen de paiement
order-promotion-code = Code promotionnel
order-promotion-hint = Choisissez d’abord le moyen de paiement.
order-promotion-apply = Appliquer
order-promotion-applied = Code { $code } appliqué.
order-place = Passer la commande
order-choose-payment = Choisissez comment vous paierez pour passer la commande.
order-confirm-title = Passer cette commande ?
order-confirm-body = La commande attend son paiement ; les produits sont mis en place une fois qu’elle est payée.
order-confirm-place = Passer la commande
order-placed-title = Commande { $number } passée
order-status = Statut
order-pay-until = À payer avant le
order-placed-body = Elle attend son paiement jusqu’à la date ci-dessus ; impayée d’ici là, elle expire et les bons qu’elle utilisait redeviennent utilisables.
field-error-label-invalid = Utilisez uniquement des lettres, des chiffres et de la ponctuation.
field-error-domain-in-cart = Ce nom de domaine est déjà dans le panier.
field-error-domain-taken = Ce nom de domaine vient d’être enregistré par quelqu’un d’autre.
order-go-pay = Payer la commande
error-conflict-option-held = Ce produit a déjà cette option.
field-error-product-in-cart = Ce produit est déjà dans le panier.
order-line-renewal = Renouvellement
order-line-added-option = Nouvelle option
order-line-restore-fee = Frais de restauration
mail-order-placed-subject = Commande { $number } passée
mail-order-placed-body = Bonjour,

    la commande { $number } de l’organisation { $org } attend son paiement : { $total } TTC, à payer avant le { $date }. Ses produits sont mis en place une fois qu’elle est payée.

    { $link }
mail-order-paid-subject = Commande { $number } payée
mail-order-paid-body = Bonjour,

    la commande { $number } de l’organisation { $org } est payée ({ $total } TTC) ; sa facture est la { $invoice }. Ses produits sont en cours de mise en place.

    { $link }
