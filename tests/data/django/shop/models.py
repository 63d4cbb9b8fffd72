from django.db import models


# The model as it is once the exported migrations have run: makemigrations --check then finds
# nothing to add, which proves the migrations told Django's state about amount_cents.
class Order(models.Model):
    id = models.BigIntegerField(primary_key=True)
    amount = models.DecimalField(max_digits=12, decimal_places=2)
    amount_cents = models.BigIntegerField()

    class Meta:
        db_table = "orders"
