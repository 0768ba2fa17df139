from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "thads.demo"
    label = "demo"
    verbose_name = "Demo data"
