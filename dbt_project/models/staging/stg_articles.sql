with source as (
    select * from {{ source('raw', 'articles') }}
),

final as (
    select
        article_id,
        source_uri,
        content_hash,
        encoding,
        had_decode_errors,
        raw_text,
        body,
        body_start,
        body_end,
        nullif(trim(title), '') as title,
        published_date,
        published_date_source,
        modified_date,
        nullif(trim(publisher), '') as publisher,
        url,
        language,
        run_id,
        ingested_at,
        load_seq
    from source
)

select * from final
