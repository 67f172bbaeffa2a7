"""The OpenActive dataset description (JSON-LD on the dataset site page)."""

from django.conf import settings
from django.urls import reverse

from .openactive import CONTEXT, LICENSE

FEEDS = [
    ("SessionSeries", "openactive:session_series"),
    ("ScheduledSession", "openactive:scheduled_sessions"),
]


def dataset_jsonld(base):
    url = base + reverse("openactive:dataset")
    return {
        "@context": CONTEXT,
        "@type": "Dataset",
        "@id": url,
        "url": url,
        "name": "Newham Connect activities",
        "description": (
            "Community activities in the London Borough of Newham (walking groups, chair "
            "yoga, dance, youth sport and more) run by local partner organisations, published "
            "as OpenActive open data so activity finders can list them."
        ),
        "keywords": ["Sessions", "Activities", "Physical Activity", "Community", "OpenActive"],
        "license": LICENSE,
        # Where to ask about the data: the questions section of this page (with an email).
        "discussionUrl": f"{url}#questions",
        "documentation": "https://permalink.openactive.io/dataset-site/open-data-documentation",
        "inLanguage": ["en-GB"],
        "schemaVersion": "https://openactive.io/modelling-opportunity-data/2.0/",
        "publisher": {
            "@type": "Organization",
            "name": "London Borough of Newham",
            "url": "https://www.newham.gov.uk/",
            "email": settings.FEEDBACK_EMAIL,
        },
        "distribution": [
            {
                "@type": "DataDownload",
                "name": kind,
                "additionalType": f"https://openactive.io/{kind}",
                "encodingFormat": "application/vnd.openactive.rpde+json; version=1",
                "contentUrl": base + reverse(url_name),
            }
            for kind, url_name in FEEDS
        ],
    }
