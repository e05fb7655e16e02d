mail-test-subject = Mandant: Testnachricht
mail-test-body = Diese Nachricht bestätigt, dass Mandant mit den aktuellen Einstellungen E-Mails versenden kann. Sie müssen nichts tun.
mail-signature = Mandant — Ihre Verwaltungskonsole
mail-invitation-subject = { $inviter } lädt Sie zu { $org } ein
mail-invitation-body = Guten Tag

    { $inviter } lädt Sie ein, der Organisation { $org } als { $role } beizutreten.

    Nehmen Sie die Einladung hier an (der Link ist 7 Tage gültig und einmal verwendbar):
    { $link }

    Wenn Sie noch kein Konto haben, erstellen Sie eines mit dieser E-Mail-Adresse. Wenn Sie diese Einladung nicht erwartet haben, ignorieren Sie diese Nachricht.
mail-member-removed-subject = Sie gehören nicht mehr zu { $org }
mail-member-removed-body = Guten Tag

    Sie wurden aus der Organisation { $org } entfernt. Ihr Konto und Ihre anderen Organisationen sind davon nicht betroffen.

    Wenn Sie dies für einen Irrtum halten, wenden Sie sich an die Administratoren der Organisation.
mail-role-changed-subject = Ihre Rolle in { $org } wurde geändert
mail-role-changed-body = Guten Tag

    Ihre Rolle in der Organisation { $org } ist jetzt: { $role }.

    Organisation öffnen: { $link }
mail-member-joined-subject = { $name } ist { $org } beigetreten
mail-member-joined-body = Guten Tag

    { $name } ({ $email }) hat die Einladung angenommen und ist jetzt Mitglied von { $org }.

    Mitglieder anzeigen: { $link }
