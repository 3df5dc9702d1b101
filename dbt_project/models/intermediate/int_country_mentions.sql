-- Country mentions of the gazetteer, minus those inside a person's name (a name that looks like a
-- country form: "Марсель Андерс" is no mention of Marseille, so none of France) and those that end
-- a hyphenated name whose first part is no country ("Нью-Джерси" is no mention of Jersey; the
-- head of "белорусско-китайский" or "Россия-Китай" follows a country and stays). A form several
-- countries share (конго) names the one the article names otherwise (seed ref_shared_forms).
-- A city or region (Нью-Йорк, Калифорния, Калининградская область) names a country only in an
-- article that names that country by some other kind of form (its name, adjective, capital, ...):
-- a report from Los Angeles or Munich is not, by that alone, about the United States or Germany.
-- An adjective that names a language ("на немецком и французском языках", "владеет испанским
-- языком", "на пяти языках — итальянском, французском", "беларускай мовай") is no mention of the
-- country: the nearest word after it, or else before it, that is neither another country
-- adjective nor a conjunction is a form of the word language (язык, мова, język, language).
with mentions as (
    select * from {{ ref('int_entity_mentions') }}
    where {{ is_new_row('load_seq') }}
),

tokens as (
    select
        article_id,
        token_idx,
        hyphen_after
    from {{ ref('stg_tokens') }}
    where {{ is_new_row('load_seq') }}
),

hyphen_tails as (
    -- mentions right after a hyphen whose preceding token no country or bloc mention covers
    select
        mentions.article_id,
        mentions.token_idx
    from mentions
    inner join tokens
        on
            mentions.article_id = tokens.article_id
            and mentions.token_idx - 1 = tokens.token_idx
            and tokens.hyphen_after
    where not exists (
        select 1
        from mentions as before_mentions
        where
            before_mentions.article_id = mentions.article_id
            and before_mentions.token_idx <= mentions.token_idx - 1
            and before_mentions.token_idx + before_mentions.n_tokens >= mentions.token_idx
    )
),

shared_forms as (
    select * from {{ ref('stg_shared_forms') }}
),

adjectives as (
    select * from mentions
    where form_kind in ('adjective', 'adjective_intl')
),

adjective_neighbours as (
    -- the nearest word after (direction 1) and before (direction -1) each country adjective that
    -- is no country adjective and no conjunction
    select
        adjectives.article_id,
        adjectives.token_idx,
        sign(words.token_idx - adjectives.token_idx) as direction,
        words.token_norm
    from adjectives
    inner join {{ ref('stg_tokens') }} as words
        on
            adjectives.article_id = words.article_id
            and adjectives.sentence_idx = words.sentence_idx
            and (
                words.token_idx >= adjectives.token_idx + adjectives.n_tokens
                or adjectives.token_idx > words.token_idx
            )
    where
        {{ is_new_row('words.load_seq') }}
        and words.token_norm not in ('и', 'или', 'ни', 'і', 'ці', 'i', 'lub', 'oraz', 'and', 'or')
        and not exists (
            select 1
            from adjectives as other
            where
                other.article_id = words.article_id
                and other.token_idx <= words.token_idx
                and other.token_idx + other.n_tokens > words.token_idx
        )
    qualify row_number() over (
        partition by adjectives.article_id, adjectives.token_idx, sign(words.token_idx - adjectives.token_idx)
        order by abs(words.token_idx - adjectives.token_idx)
    ) = 1
),

language_adjectives as (
    select distinct
        article_id,
        token_idx
    from adjective_neighbours
    where regexp_matches(token_norm, '^(язык|мов(а|ы|і|и|у|ою|ай|е)$|język|jezyk|language)')
),

unshared_countries as (
    -- the countries each article names by a form no other country shares
    select distinct
        mentions.article_id,
        mentions.entity_code
    from mentions
    left join shared_forms
        on mentions.matched_form = shared_forms.form
    where
        mentions.entity_type = 'country'
        and shared_forms.form is null
),

resolved as (
    -- a mention of a form several countries share (конго) takes the one candidate the article
    -- names by an unshared form (Браззавиль, Республика Конго -> CG); else it keeps its own
    select
        mentions.article_id,
        mentions.token_idx,
        min(shared_forms.entity_code) as country_code
    from mentions
    inner join shared_forms
        on mentions.matched_form = shared_forms.form
    inner join unshared_countries
        on
            mentions.article_id = unshared_countries.article_id
            and shared_forms.entity_code = unshared_countries.entity_code
    group by mentions.article_id, mentions.token_idx
    having count(*) = 1
),

person_mentions as (
    select
        article_id,
        sentence_idx,
        char_start,
        char_end
    from {{ ref('stg_person_mentions') }}
    where {{ is_new_row('load_seq') }}
),

final as (
    select
        mentions.article_id,
        mentions.sentence_idx,
        mentions.token_idx,
        mentions.n_tokens,
        mentions.char_start,
        mentions.char_end,
        mentions.mention_text,
        mentions.matched_form,
        coalesce(resolved.country_code, mentions.entity_code) as country_code,
        mentions.form_kind,
        mentions.hyphen_after,
        mentions.form_kind in ('city', 'region') as is_weak
    from mentions
    left join resolved
        on
            mentions.article_id = resolved.article_id
            and mentions.token_idx = resolved.token_idx
    where
        mentions.entity_type = 'country'
        and not exists (
            select 1
            from person_mentions
            where
                person_mentions.article_id = mentions.article_id
                and person_mentions.sentence_idx = mentions.sentence_idx
                and person_mentions.char_start <= mentions.char_start
                and person_mentions.char_end >= mentions.char_end
        )
        and not exists (
            select 1
            from language_adjectives
            where
                language_adjectives.article_id = mentions.article_id
                and language_adjectives.token_idx = mentions.token_idx
        )
        and not exists (
            select 1
            from hyphen_tails
            where
                hyphen_tails.article_id = mentions.article_id
                and hyphen_tails.token_idx = mentions.token_idx
        )
),

named_countries as (
    -- the countries each article names by a form that is no city or region
    select distinct
        article_id,
        country_code
    from final
    where not is_weak
),

kept as (
    select
        final.article_id,
        final.sentence_idx,
        final.token_idx,
        final.n_tokens,
        final.char_start,
        final.char_end,
        final.mention_text,
        final.matched_form,
        final.country_code,
        final.form_kind,
        final.hyphen_after
    from final
    where
        not final.is_weak
        or exists (
            select 1
            from named_countries
            where
                named_countries.article_id = final.article_id
                and named_countries.country_code = final.country_code
        )
)

{{ with_article_load('mentions', 'kept') }}
