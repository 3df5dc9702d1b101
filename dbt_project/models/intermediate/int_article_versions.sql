-- Every article with the latest version of its source: when an input's content changes (a file
-- rewritten or completed after a partial copy, a page fetched again), the article of the newest
-- load replaces the older ones. A superseded version is never canonical and is not counted.
-- Incremental, keyed by source: a load recomputes the sources of its new articles (every version
-- of each, old and new); the others keep their rows, since only a new version changes a source's
-- latest one and articles are never removed.
{{ config(unique_key='source_uri') }}

with articles as (
    select
        article_id,
        source_uri,
        ingested_at,
        load_seq
    from {{ ref('stg_articles') }}
    {%- if is_incremental() %}
        where source_uri in (
            select new_articles.source_uri from {{ ref('stg_articles') }} as new_articles
            where {{ is_new_row('new_articles.load_seq') }}
        )
    {%- endif %}
),

final as (
    select
        article_id,
        source_uri,
        ingested_at,
        load_seq,
        first_value(article_id) over (
            partition by source_uri order by load_seq desc, article_id desc
        ) as latest_article_id
    from articles
)

select
    article_id,
    source_uri,
    ingested_at,
    load_seq,
    latest_article_id,
    article_id = latest_article_id as is_latest_version
from final
