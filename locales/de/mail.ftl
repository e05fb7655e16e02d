mail-test-subject = Mandant: Testnachricht
mail-test-body = Diese Nachricht bestätigt, dass Mandant mit den aktuellen Einstellungen E-Mails versenden kann. Sie müssen nichts tun.
mail-signature = Mandant — Ihre Verwaltungskonsole
