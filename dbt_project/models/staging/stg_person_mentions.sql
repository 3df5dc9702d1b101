with source as (
    select * from {{ source('raw', 'person_mentions') }}
),

final as (
    select
        article_id,
        mention_idx,
        sentence_idx,
        char_start,
        char_end,
        name,
        name_as_written,
        role,
        role_start,
        role_end,
        role_kind,
        load_seq
    from source
)

select * from final
