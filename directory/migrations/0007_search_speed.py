"""The site search's indexes: one GIN index for what a search asks of the documents (for a
page language, matching the query),
and the published rows' keys for the public rule's joins (index-only scans); no parallel
scans of the documents."""

import django.contrib.postgres.indexes
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('directory', '0006_search_documents'),
    ]

    operations = [
        # Never a parallel scan of the documents: a search reads a few hundred of them through
        # the index, and PostgreSQL, which prices testing a long query on every document as
        # almost free, otherwise picks a parallel scan of the whole table (5-10x slower).
        migrations.RunSQL(
            "ALTER TABLE directory_searchdocument SET (parallel_workers = 0)",
            "ALTER TABLE directory_searchdocument RESET (parallel_workers)",
        ),
        migrations.RemoveIndex(
            model_name='searchdocument',
            name='search_document_vector',
        ),
        migrations.AddIndex(
            model_name='organisation',
            index=models.Index(condition=models.Q(('status', 'published')), fields=['id'], include=('name_en',), name='organisation_public'),
        ),
        migrations.AddIndex(
            model_name='searchdocument',
            index=django.contrib.postgres.indexes.GinIndex(fields=['serves', 'vector'], name='search_document_matching'),
        ),
        migrations.AddIndex(
            model_name='service',
            index=models.Index(condition=models.Q(('status', 'published')), fields=['id'], include=('organisation', 'name_en'), name='service_public'),
        ),
    ]
