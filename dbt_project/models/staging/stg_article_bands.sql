with source as (
    select * from {{ source('raw', 'article_bands') }}
),

final as (
    select
        article_id,
        band_idx,
        band_hash,
        load_seq
    from source
)

select * from final
