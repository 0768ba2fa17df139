"""Page-number pagination shared by pages and the API."""

from __future__ import annotations

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator

DEFAULT_PAGE_SIZE = 50
MAX_PAGE_SIZE = 200


def paginate(qs, page, page_size=DEFAULT_PAGE_SIZE):
    try:
        size = max(1, min(int(page_size), MAX_PAGE_SIZE))
    except (TypeError, ValueError):
        size = DEFAULT_PAGE_SIZE
    paginator = Paginator(qs, size)
    try:
        return paginator.page(page or 1)
    except PageNotAnInteger:
        return paginator.page(1)
    except EmptyPage:
        return paginator.page(paginator.num_pages)
