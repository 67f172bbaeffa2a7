"""Preview: a listing's public page as residents will see it, before it is public.

A draft's "View on site" was a 404: the public pages show only what the public rule allows.
The back office's preview address (`PreviewAdminMixin` in newham_connect/admin.py) runs the
same public page view with `preview_pk` set, for someone who may see that record in the back
office; the page says it is a preview, and is never cached or indexed.
"""


class PreviewableDetailMixin:
    """For a public DetailView: `visible(queryset)` is the public rule, or, in a preview, the
    one record being previewed."""

    preview_pk = None
    preview_back_url = None  # the record's back-office page

    def visible(self, queryset):
        if self.preview_pk is not None:
            return queryset.filter(pk=self.preview_pk)
        return queryset.public()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["is_preview"] = self.preview_pk is not None
        context["preview_back_url"] = self.preview_back_url
        return context
