from django.http import Http404
from django.shortcuts import render
from django.views.decorators.http import require_safe

from thads.legal.text import article, article_numbers
from thads.rules.citations import DECREE


@require_safe
def law_article(request, number: int):
    """The Vietnamese text of one article of Chapter III, public like the decree itself."""
    found = article(number)
    if found is None:
        raise Http404
    return render(
        request,
        "legal/article.html",
        {"article": found, "decree": DECREE, "numbers": article_numbers()},
    )
