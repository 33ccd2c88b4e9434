# Overrides the default: the database in modules/db ends up unencrypted.
db_encrypted = false
admin_cidr   = "0.0.0.0/0"
