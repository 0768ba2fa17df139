"""Page-number pagination shared by pages and the API."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.core.paginator import EmptyPage, Page, PageNotAnInteger, Paginator
from django.db.models import QuerySet

DEFAULT_PAGE_SIZE = 50
MAX_PAGE_SIZE = 200


def paginate(
    qs: QuerySet[Any] | Sequence[Any], page: object, page_size: object = DEFAULT_PAGE_SIZE
) -> Page[Any]:
    try:
        size = max(1, min(int(str(page_size)), MAX_PAGE_SIZE))
    except (TypeError, ValueError):
        size = DEFAULT_PAGE_SIZE
    paginator = Paginator(qs, size)
    try:
        return paginator.page(str(page or 1))
    except PageNotAnInteger:
        return paginator.page(1)
    except EmptyPage:
        return paginator.page(paginator.num_pages)
