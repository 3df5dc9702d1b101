with source as (
    select * from {{ source('raw', 'sentences') }}
),

final as (
    select
        article_id,
        sentence_idx,
        char_start,
        char_end,
        sentence_text,
        load_seq
    from source
)

select * from final
