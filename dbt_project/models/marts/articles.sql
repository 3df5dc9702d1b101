-- Incremental: the rows of the new articles, and of the older articles whose canonical article or
-- version status the new ones change (macro is_rebuilt_article).
with articles as (
    select * from {{ ref('stg_articles') }}
    where {{ is_new_row('load_seq') }}
    union all
    select * from {{ ref('stg_articles') }}
    where {{ is_rebuilt_older_row('article_id') }}
),

canonical as (
    select * from {{ ref('int_article_canonical') }}
    where {{ is_rebuilt_article('article_id') }}
),

final as (
    select
        articles.article_id,
        articles.source_uri,
        articles.publisher,
        articles.title,
        articles.published_date,
        articles.published_date_source,
        articles.modified_date,
        articles.language,
        articles.ingested_at,
        articles.url,
        articles.body,
        articles.body_start,
        articles.body_end,
        length(articles.body) as body_chars,
        articles.encoding,
        articles.had_decode_errors,
        articles.content_hash,
        canonical.canonical_article_id,
        canonical.is_canonical,
        canonical.similarity_to_canonical,
        canonical.superseded_by_article_id,
        articles.run_id,
        articles.load_seq
    from articles
    inner join canonical on articles.article_id = canonical.article_id
)

select * from final
