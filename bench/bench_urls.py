"""The product's URLs plus a bare baseline view, for benchmarks only."""

import json

from django.db import connection
from django.http import HttpResponse
from django.urls import path

from thads.urls import urlpatterns as product


def bare_people_page(request):
    """One raw SQL query for a page of 50 people, as JSON: the floor for a people list."""
    if not request.user.is_authenticated:
        return HttpResponse(status=401)
    with connection.cursor() as c:
        c.execute(
            "SELECT p.id, p.staff_code, p.full_name, p.grade, a.name FROM people_person p "
            "JOIN organization_authority a ON a.id = p.authority_id "
            "ORDER BY p.search_name, p.id LIMIT 50"
        )
        rows = c.fetchall()
    return HttpResponse(json.dumps(rows), content_type="application/json")


urlpatterns = [path("bench/bare/", bare_people_page), *product]
