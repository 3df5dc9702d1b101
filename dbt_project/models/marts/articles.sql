with articles as (
    select * from {{ ref('stg_articles') }}
),

final as (
    select
        article_id,
        source_uri,
        publisher,
        title,
        published_date,
        language,
        ingested_at,
        url,
        body,
        body_start,
        body_end,
        length(body) as body_chars,
        encoding,
        had_decode_errors,
        content_hash,
        run_id
    from articles
)

select * from final
