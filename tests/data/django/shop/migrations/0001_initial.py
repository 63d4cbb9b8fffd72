# The orders table already exists (the test seeds it): only the model state is created here.
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True
    dependencies = []
    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="Order",
                    fields=[
                        ("id", models.BigIntegerField(primary_key=True, serialize=False)),
                        ("amount", models.DecimalField(max_digits=12, decimal_places=2)),
                    ],
                    options={"db_table": "orders"},
                ),
            ],
        ),
    ]
