-- A person's country: the first country named inside their role phrase ("посол Беларуси в
-- России" -> BY), else, for a person with a role (a post of the article's own country: "председатель
-- Совета Республики"), the article's home country: the first one it names (usually the dateline or
-- the reporting side). A person with no role gets none (NULL): being named in an article about a
-- country says nothing of whom one speaks for.
with people as (
    select * from {{ ref('stg_person_mentions') }}
    where {{ is_new_row('load_seq') }}
),

mentions as (
    -- the body's (the title, sentence -1, has offsets of its own and no people)
    select * from {{ ref('int_country_mentions') }}
    where {{ is_new_row('load_seq') }} and sentence_idx >= 0
),

article_countries as (
    select * from {{ ref('int_article_countries') }}
    where {{ is_new_row('load_seq') }}
),

role_country as (
    -- the first country mention starting inside the role span, if it also ends there. Mentions
    -- do not nest (the longest match wins a token), so a later one ends later still: an ASOF
    -- join finds the candidate by position instead of testing every person against every
    -- mention of the article, which grows with the square of a long article's length.
    select
        people.article_id,
        people.mention_idx,
        mentions.country_code
    from people
    asof inner join mentions
        on
            people.article_id = mentions.article_id
            and people.role_start <= mentions.char_start
    where mentions.char_end <= people.role_end
),

home_country as (
    select
        article_id,
        country_code
    from article_countries
    qualify row_number() over (
        partition by article_id order by first_char_start
    ) = 1
),

final as (
    select
        people.article_id,
        people.mention_idx,
        people.name,
        people.name_as_written,
        people.role,
        people.role_kind,
        people.char_start,
        people.char_end,
        -- a person with no role read speaks for no country Dyad can tell: NULL, not the article's
        coalesce(
            role_country.country_code, case when people.role is not null then home_country.country_code end
        ) as country_code,
        case
            when role_country.country_code is not null then 'role'
            when people.role is not null and home_country.country_code is not null then 'article'
        end as country_source,
        people.load_seq
    from people
    left join role_country
        on
            people.article_id = role_country.article_id
            and people.mention_idx = role_country.mention_idx
    left join home_country on people.article_id = home_country.article_id
)

select * from final
