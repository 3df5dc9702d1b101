-- Every article with the latest version of its source: when an input's content changes (a file
-- rewritten or completed after a partial copy, a page fetched again), the article of the newest
-- load replaces the older ones. A superseded version is never canonical and is not counted.
-- A view: an incremental build sees the versions its new articles supersede.
{{ config(materialized='view') }}

with articles as (
    select
        article_id,
        source_uri,
        ingested_at,
        load_seq
    from {{ ref('stg_articles') }}
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
