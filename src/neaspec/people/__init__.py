"""The programme's people as the Secretariat brings them in: an invitation by e-mail with a
one-time link to set a password, the account, its roles and its focal-point entry made together,
roles granted and revoked with a reason, accounts deactivated (never deleted)."""
