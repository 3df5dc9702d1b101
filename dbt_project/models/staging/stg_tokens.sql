with source as (
    select * from {{ source('raw', 'tokens') }}
),

final as (
    select
        article_id,
        token_idx,
        sentence_idx,
        char_start,
        char_end,
        token,
        token_norm,
        is_capitalized,
        is_sentence_start,
        hyphen_after,
        char_before,
        gap_after,
        load_seq
    from source
)

select * from final
