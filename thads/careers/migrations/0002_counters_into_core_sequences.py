from django.db import migrations


def forward(apps, schema_editor):
    DecisionCounter = apps.get_model("careers", "DecisionCounter")
    Sequence = apps.get_model("core", "Sequence")
    for counter in DecisionCounter.objects.all():
        Sequence.objects.update_or_create(
            series=f"decision:{counter.issuer}",
            period=counter.year,
            defaults={"last": counter.last},
        )


def backward(apps, schema_editor):
    DecisionCounter = apps.get_model("careers", "DecisionCounter")
    Sequence = apps.get_model("core", "Sequence")
    for seq in Sequence.objects.filter(series__startswith="decision:"):
        DecisionCounter.objects.create(
            issuer=seq.series.removeprefix("decision:"), year=seq.period, last=seq.last
        )


class Migration(migrations.Migration):
    dependencies = [
        ("careers", "0001_initial"),
        ("core", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(forward, backward),
        migrations.DeleteModel(name="DecisionCounter"),
    ]
