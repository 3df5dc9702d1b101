-- The articles the filters select; the other queries read it in place of {sel}.
-- $since: keep articles published on or after this date (null: every article).
(
    select article_id, canonical_article_id, is_canonical, published_date, title, publisher,
           source_uri, url
    from marts.articles
    where $since::date is null or published_date >= $since::date
)
