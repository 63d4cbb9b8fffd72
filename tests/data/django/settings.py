# Minimal Django settings for the export tests: the database comes from the environment the
# test sets (libpq finds the password in PGPASSFILE, as for every other client).
import os

SECRET_KEY = "column-planner-export-test"
INSTALLED_APPS = ["shop"]
USE_TZ = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "HOST": os.environ["CP_DJANGO_HOST"],
        "PORT": os.environ["CP_DJANGO_PORT"],
        "USER": os.environ["CP_DJANGO_USER"],
        "NAME": os.environ["CP_DJANGO_NAME"],
    }
}
