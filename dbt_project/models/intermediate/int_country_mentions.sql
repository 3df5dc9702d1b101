-- article-local: a full build runs in slices of the articles (macros/incremental.sql)
{{ config(meta={'full_build_slices': true}) }}
-- Country mentions of the gazetteer, minus those inside a person's name (a name that looks like a
-- country form: "Марсель Андерс" is no mention of Marseille, so none of France) and those that end
-- a hyphenated name whose first part is no country ("Нью-Джерси" is no mention of Jersey; the
-- head of "белорусско-китайский" or "Россия-Китай" follows a country and stays). A form several
-- countries share (конго) names the one the article names otherwise (seed ref_shared_forms).
-- A city or region (Нью-Йорк, Калифорния, Калининградская область) names a country only in an
-- article that names that country by some other kind of form (its name, adjective, capital, ...):
-- a report from Los Angeles or Munich is not, by that alone, about the United States or Germany;
-- inside a person's role phrase it is the post's, so the country's ("губернатор Краснодарского
-- края", "мэр Мюнхена").
-- An adjective that names a language ("на немецком и французском языках", "владеет испанским
-- языком", "на пяти языках — итальянском, французском", "беларускай мовай") is no mention of the
-- country: the nearest word after it, or else before it, that is neither another country
-- adjective nor a conjunction is a form of the word language (język, language, ...); so is one
-- with no such word after it and на or in before it ("говорит на китайском и японском").
-- An adjective that names a kind of thing called after a nation (японская кухня, греческий салат,
-- немецкая овчарка, во французском стиле, French fries: a kind_noun cue) or a state of the past
-- (Российская империя, Белорусская ССР, Великое княжество Литовское: a polity_noun cue) is no
-- mention either: the cue is the nearest word after the adjective that is neither another country
-- adjective nor a conjunction, or the word right before it (kuchnia polska, Imperium Rosyjskie).
-- A country form that is also a first name (a given_name cue: Израиль, Доминика, Марсель), written
-- right before a person whose name the person detection read as a surname alone (Гельфанд in
-- "Израиль Гельфанд") or as a patronymic and a surname, is that person's first name, not the
-- country: unless it belongs to the person's role ("премьер Израиля Нетаньяху") or follows a
-- preposition ("в Израиле Нетаньяху"). A country or capital form in Latin script right after a
-- first name in Latin script is a person's surname (Michael Jordan, Denzel Washington). A
-- capitalised form written as the last word of a person the article names in two words or more is
-- that person named again ("Хайян Абдель Гани ... Абдель Гани напомнил": no Ghana).
with mentions as (
    select * from {{ ref('int_entity_mentions') }}
    where {{ is_new_row('load_seq') }}
),

token_keys as (
    -- the only tokens read below: the one before a mention, its first, the one after its first and
    -- the one after its last
    -- (a model that held every token of a build would grow with the build, not with its mentions)
    select distinct
        mentions.article_id,
        mentions.token_idx + token_offsets.token_step as token_idx
    from mentions
    cross join (values (-1), (0), (1)) as token_offsets (token_step)
    union
    select
        article_id,
        token_idx + n_tokens as token_idx
    from mentions
),

tokens as (
    select
        stg_tokens.article_id,
        stg_tokens.sentence_idx,
        stg_tokens.token_idx,
        stg_tokens.char_start,
        stg_tokens.token_norm,
        stg_tokens.gap_after,
        stg_tokens.hyphen_after,
        stg_tokens.is_capitalized
    from {{ ref('stg_tokens') }} as stg_tokens
    inner join token_keys
        on
            stg_tokens.article_id = token_keys.article_id
            and stg_tokens.token_idx = token_keys.token_idx
    where {{ is_new_row('stg_tokens.load_seq') }}
),

cues as (
    select
        cue,
        cue_kind
    from {{ ref('stg_relation_cues') }}
    where cue_kind in ('kind_noun', 'polity_noun', 'given_name', 'preposition', 'first_name')
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

list_words as (
    -- the words that join the members of a list: conjunctions and disjunctions (и, или, та, або, or)
    select cue from {{ ref('stg_relation_cues') }}
    where cue_kind in ('conjunction', 'disjunction')
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
        and words.token_norm not in (select list_words.cue from list_words)
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
    union
    -- the language without its noun: "говорит на китайском и японском", "published in French": no
    -- word but other adjectives and conjunctions follows in the sentence, and the word before is
    -- на (the adjective in the prepositional; or another such adjective of the list: "на
    -- английском, немецком") or in
    select
        adjectives.article_id,
        adjectives.token_idx
    from adjectives
    inner join adjective_neighbours as before_word
        on
            adjectives.article_id = before_word.article_id
            and adjectives.token_idx = before_word.token_idx
            and before_word.direction = -1
    where
        (
            (
                regexp_matches(adjectives.matched_form, '(ск|цк)ом$')
                and (before_word.token_norm = 'на' or regexp_matches(before_word.token_norm, '(ск|цк)ом$'))
            )
            or (before_word.token_norm = 'in' and adjectives.form_kind = 'adjective_intl')
        )
        and not exists (
            select 1
            from adjective_neighbours as after_word
            where
                after_word.article_id = adjectives.article_id
                and after_word.token_idx = adjectives.token_idx
                and after_word.direction = 1
        )
),

thing_adjectives as (
    -- country adjectives whose noun (the nearest word after, or the word right before with only
    -- spaces between) is a kind_noun or polity_noun cue
    select
        adjective_neighbours.article_id,
        adjective_neighbours.token_idx
    from adjective_neighbours
    inner join cues
        on
            adjective_neighbours.token_norm = cues.cue
            and cues.cue_kind in ('kind_noun', 'polity_noun')
    where adjective_neighbours.direction = 1
    union
    select
        adjectives.article_id,
        adjectives.token_idx
    from adjectives
    inner join tokens as noun
        on
            adjectives.article_id = noun.article_id
            and adjectives.sentence_idx = noun.sentence_idx
            and adjectives.token_idx - 1 = noun.token_idx
            and trim(noun.gap_after) = ''
    inner join cues
        on
            noun.token_norm = cues.cue
            and cues.cue_kind in ('kind_noun', 'polity_noun')
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
        char_end,
        name,
        name_as_written,
        role_start,
        role_end
    from {{ ref('stg_person_mentions') }}
    where {{ is_new_row('load_seq') }}
),

surnames_of_named_people as (
    -- a one-token form written as the last word of the name of a person the article names with
    -- two words or more ("министр нефти Ирака Хайян Абдель Гани ... Абдель Гани напомнил": Гани, a
    -- form of Ghana, is his surname), capitalised: that person named again, no country
    select distinct
        mentions.article_id,
        mentions.token_idx
    from mentions
    inner join person_mentions
        on
            mentions.article_id = person_mentions.article_id
            and contains(person_mentions.name, ' ')
            and mentions.mention_text in (
                regexp_extract(person_mentions.name, '(\S+)$', 1),
                regexp_extract(person_mentions.name_as_written, '(\S+)$', 1)
            )
    where
        mentions.n_tokens = 1
        and left(mentions.mention_text, 1) != lower(left(mentions.mention_text, 1))
),

first_names as (
    -- a one-token given_name form right before a person mention whose name is one word (a
    -- surname read alone), with only spaces between, outside that person's role and after no
    -- preposition: the person's first name
    select
        mentions.article_id,
        mentions.token_idx
    from mentions
    inner join cues as given_names
        on
            mentions.matched_form = given_names.cue
            and given_names.cue_kind = 'given_name'
    inner join tokens as last_token
        on
            mentions.article_id = last_token.article_id
            and mentions.token_idx = last_token.token_idx
            and trim(last_token.gap_after) = ''
    inner join tokens as next_token
        on
            mentions.article_id = next_token.article_id
            and mentions.sentence_idx = next_token.sentence_idx
            and mentions.token_idx + 1 = next_token.token_idx
    inner join person_mentions
        on
            mentions.article_id = person_mentions.article_id
            and next_token.char_start = person_mentions.char_start
            -- a surname alone, or a patronymic and a surname (Израиль Соломонович Гельфанд)
            and regexp_matches(person_mentions.name, '^(\S+|\S+(вич|вна|ична|инична) \S+)$')
    where
        mentions.n_tokens = 1
        and not coalesce(
            person_mentions.role_start <= mentions.char_start and person_mentions.role_end >= mentions.char_end,
            false
        )
        and not exists (
            select 1
            from tokens as before_token
            inner join cues as prepositions
                on
                    before_token.token_norm = prepositions.cue
                    and prepositions.cue_kind = 'preposition'
            where
                before_token.article_id = mentions.article_id
                and before_token.sentence_idx = mentions.sentence_idx
                and before_token.token_idx = mentions.token_idx - 1
        )
),

currency_words as (
    select
        cue,
        cue_kind,
        left(cue, 3) as stem_key
    from {{ ref('stg_relation_cues') }}
    where cue_kind in ('currency', 'currency_stem')
),

currency_tokens as (
    -- the tokens that are a currency word (долларов, доларів, рублёў, dolarów, доллары); a stem meets
    -- the tokens on an equi-join of its first three letters
    select
        tokens.article_id,
        tokens.sentence_idx,
        tokens.token_idx,
        tokens.gap_after
    from tokens
    inner join currency_words
        on
            tokens.token_norm = currency_words.cue
            and currency_words.cue_kind = 'currency'
    union
    select
        tokens.article_id,
        tokens.sentence_idx,
        tokens.token_idx,
        tokens.gap_after
    from tokens
    inner join currency_words
        on
            left(tokens.token_norm, 3) = currency_words.stem_key
            and currency_words.cue_kind = 'currency_stem'
    where starts_with(tokens.token_norm, currency_words.cue)
),

surnames_after_first_names as (
    -- a country or capital form in Latin script right after a first name in Latin script (a
    -- first_name cue, one space between): a person's surname ("Michael Jordan", "Denzel
    -- Washington", "Jack London"), no country
    select
        mentions.article_id,
        mentions.token_idx
    from mentions
    inner join tokens as first_name
        on
            mentions.article_id = first_name.article_id
            and mentions.sentence_idx = first_name.sentence_idx
            and mentions.token_idx - 1 = first_name.token_idx
            and first_name.gap_after = ' '
    inner join cues as first_names
        on
            first_name.token_norm = first_names.cue
            and first_names.cue_kind = 'first_name'
    where
        first_name.is_capitalized
        and regexp_matches(mentions.mention_text, '^[A-Z][a-z]')
),

currency_countries as (
    -- mentions that name a currency, not its country: a country adjective beside a currency word
    -- (американських доларів, dolarów amerykańskich), an abbreviation right after one (доларів
    -- США, долараў ЗША, dolarów USA) or right before one (АҚШ доллары, U.S. dollars)
    select
        mentions.article_id,
        mentions.token_idx
    from mentions
    inner join currency_tokens
        on
            mentions.article_id = currency_tokens.article_id
            and mentions.sentence_idx = currency_tokens.sentence_idx
            and (
                -- the currency before with only spaces between ("dolarów amerykańskich"; not
                -- "100 млн долларов, турецкие — 50 млн": an elided noun's adjective)
                (currency_tokens.token_idx = mentions.token_idx - 1 and trim(currency_tokens.gap_after) = '')
                or currency_tokens.token_idx = mentions.token_idx + mentions.n_tokens
            )
    left join {{ ref('stg_country_forms') }} as abbreviations
        on
            mentions.matched_form = abbreviations.form
            and abbreviations.requires_upper
    where
        (
            mentions.form_kind in ('adjective', 'adjective_intl')
            or abbreviations.form is not null
        )
        -- the first part of a compound adjective is no currency word: "Franco-German" (franc)
        and not exists (
            select 1
            from mentions as stems
            where
                stems.article_id = currency_tokens.article_id
                and stems.token_idx = currency_tokens.token_idx
                and stems.form_kind = 'compound_stem'
        )
),

us_state_after_place as (
    -- "Ellabell, Georgia", "Savannah, Georgia": a capitalized place, a comma and Georgia is the US
    -- state (the "City, State" of American writing), whatever the place, in an article that names
    -- the United States; after a comma that ends a mention of the gazetteer ("Tbilisi, Georgia",
    -- "Armenia, Georgia and Azerbaijan"), or with no United States named ("Batumi, Georgia"), it
    -- stays the country
    select
        mentions.article_id,
        mentions.token_idx
    from mentions
    inner join tokens as before_word
        on
            mentions.article_id = before_word.article_id
            and mentions.token_idx = before_word.token_idx + 1
    where
        mentions.matched_form = 'georgia'
        and before_word.is_capitalized
        and trim(before_word.gap_after) = ','
        and not exists (
            select 1
            from mentions as before_mention
            where
                before_mention.article_id = mentions.article_id
                and before_mention.token_idx + before_mention.n_tokens = mentions.token_idx
        )
        and exists (
            select 1
            from mentions as us_mention
            where
                us_mention.article_id = mentions.article_id
                and us_mention.entity_type = 'country'
                and us_mention.entity_code = 'US'
        )
),

no_country_tokens as (
    -- the first tokens of mentions that name no country: a language, a kind of thing or a state of
    -- the past, a person's first name or surname, the tail of a hyphenated word, a currency, the
    -- US state
    select
        article_id,
        token_idx
    from language_adjectives
    union all
    select
        article_id,
        token_idx
    from thing_adjectives
    union all
    select
        article_id,
        token_idx
    from first_names
    union all
    select
        article_id,
        token_idx
    from hyphen_tails
    union all
    select
        article_id,
        token_idx
    from currency_countries
    union all
    select
        article_id,
        token_idx
    from surnames_after_first_names
    union all
    select
        article_id,
        token_idx
    from us_state_after_place
    union all
    select
        article_id,
        token_idx
    from surnames_of_named_people
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
            from no_country_tokens
            where
                no_country_tokens.article_id = mentions.article_id
                and no_country_tokens.token_idx = mentions.token_idx
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
        or (
            -- inside a person's role phrase the city or region is the post's, and so is its country
            -- ("губернатор Краснодарского края", "мэр Мюнхена": RU, DE); not a state abbreviation
            -- other republics share ("Президент РТ": Tajikistan or Tatarstan, written in capitals)
            upper(final.mention_text) != final.mention_text
            and exists (
                select 1
                from person_mentions
                where
                    person_mentions.article_id = final.article_id
                    and person_mentions.role_start <= final.char_start
                    and person_mentions.role_end >= final.char_end
            )
        )
)

{{ with_article_load('mentions', 'kept') }}
