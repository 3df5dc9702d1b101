with source as (
    select * from {{ source('raw', 'file_manifest') }}
),

final as (
    select
        source_uri,
        version,
        source_kind,
        size_bytes,
        mtime_ns,
        content_hash,
        status,
        article_id,
        reason,
        encoding,
        run_id,
        recorded_at
    from source
)

select * from final
