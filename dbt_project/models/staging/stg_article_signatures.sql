with source as (
    select * from {{ source('raw', 'article_signatures') }}
),

final as (
    select
        article_id,
        signature,
        load_seq
    from source
)

select * from final
