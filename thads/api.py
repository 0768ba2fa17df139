"""The REST API at /api/v1/: authentication, the error contract, and each app's router.

This is the one place where routers are registered (the web layer); `core` knows no app.
"""

from __future__ import annotations

from ninja import NinjaAPI
from ninja.security import django_auth

from thads.accounts.auth import TokenAuth
from thads.careers.api import router as careers
from thads.core.api import install_error_handlers
from thads.equipment.api import router as equipment
from thads.exams.api import router as exams
from thads.organization.api import router as authorities
from thads.people.api import router as people
from thads.protection.api import router as protection
from thads.rulesweb.api import router as rules
from thads.selection.api import router as selection
from thads.uniforms.api import router as uniforms

api = NinjaAPI(
    title="THADS API",
    version="1",
    description="Authorities, people and the legal rules of the civil judgment enforcement service.",
    auth=[TokenAuth(), django_auth],
    docs_url="/docs",
    urls_namespace="api",
)
install_error_handlers(api)

api.add_router("/v1/authorities", authorities)
api.add_router("/v1/people", people)
api.add_router("/v1/rules", rules)
api.add_router("/v1/equipment", equipment)
api.add_router("/v1/equipment", uniforms)  # the uniform endpoints share the prefix
api.add_router("/v1/protection", protection)
api.add_router("/v1/exams", exams)
api.add_router("/v1/selection", selection)
api.add_router("/v1/careers", careers)
