-- article-local: a full build runs in slices of the articles (macros/incremental.sql)
{{ config(meta={'full_build_slices': true}) }}
{#- prepositions of origin, and of a destination or place (parallel_flows) -#}
{%- set origin_prepositions = "('из', 'от', 'з', 'із', 'ад', 'z', 'ze', 'od', 'from')" -%}
{%- set place_prepositions =
    "('в', 'во', 'на', 'к', 'ко', 'у', 'ў', 'до', 'w', 'we', 'na', 'do', 'in', 'into', 'to')" -%}
{#- a place's situation talked about ("ситуацию в Сирии", "the situation in Sudan"): the nouns, in
    their cases in the languages read, and the prepositions of place after them -#}
{%- set situation_nouns =
    "('ситуация', 'ситуации', 'ситуацию', 'ситуацией', 'обстановка', 'обстановки', 'обстановку',
    'обстановке', 'обстановкой', 'положение', 'положения', 'положении', 'кризис', 'кризиса', 'кризису',
    'кризисе', 'ситуація', 'ситуації', 'ситуацію', 'ситуацією', 'становище', 'становища', 'криза', 'кризи',
    'кризу', 'кризі', 'сітуацыя', 'сітуацыі', 'сітуацыю', 'сітуацыяй', 'становішча', 'крызіс', 'крызісу',
    'situation', 'crisis', 'sytuacja', 'sytuacji', 'sytuację', 'sytuacją', 'kryzys', 'kryzysu')" -%}
{%- set situation_prepositions = "('в', 'во', 'на', 'у', 'ў', 'w', 'we', 'na', 'in')" -%}
-- Why two countries of an article form a pair (a dyad): the evidence that the article relates
-- them, one row per sentence, pair and kind of evidence, each with a score in [0, 1]:
--   compound    1.0  joined in a compound adjective ("белорусско-китайского")
--   between     0.9  a between-word, X, a conjunction, Y ("между Беларусью и Вьетнамом")
--   actor       0.8  someone acting for one country meets or talks with someone acting for the
--                    other ("Президент Казахстана провёл переговоры с премьер-министром Японии"),
--                    even where the sentence names other countries too; the first may be a person
--                    whose role named their country, written by surname alone ("Путин провел
--                    встречу с президентом Узбекистана" after "Президент России Владимир Путин")
--   pair        0.6  the only two parties named in the sentence: one acting toward the other
--                    ("Беларусь поставит в Монголию", "Беларусь и Иран подписали"); two joined by
--                    a conjunction in a sentence with no word of an interaction (relation cues'
--                    interaction_stem) act side by side and are a list ("Индия и Пакистан
--                    пострадали от наводнений"); two joined as the subject of a plural verb of
--                    an interaction right after them, even in a sentence naming a third party
--                    ("Польша и Литва договорились усилить охрану границы с Белоруссией"); the
--                    party before a measure against another (relation cues' measure_stem and
--                    measure_target) and its target, even beside a third party ("Китай ввел
--                    санкции против американских компаний из-за поставок оружия Тайваню")
--   comparison  0.3  the only two parties of a sentence that compares or ranks them, one named
--                    after the comparison word ("Китай стал вторым рынком после России", "уступает
--                    России"; not "на 7% меньше, чем годом ранее")
--   list        0.2  a sentence naming three or more parties (list members, context countries),
--                    or two joined after a preposition ("в Никарагуа и на Кубу": destinations),
--                    or two in parallel clauses whose second leaves its verb out for a dash
--                    ("из Казахстана выросли на 21%, из Южной Кореи — на 35%", "двое — в США и
--                    один — в Канаде")
-- A capital or city in the locative right after a venue preposition ("на полях саммита ШОС в
-- Астане"; its forms are the seed's place_form cues) is the place where something happens, not a
-- party: it counts in no pair of its sentence (the country stays an article country). A
-- destination ("прибыла в Минск") stays a party. A mediator ("при посредничестве Катара",
-- "mediated by Qatar", "with the assistance of Doha", "поблагодарило ОАЭ за посредничество",
-- "thanked Qatar for its mediation") is no party either, nor are the adjectives of two countries
-- each before a part of it ("в индийском штате Пенджаб и пакистанской провинции Пенджаб": places
-- side by side, no pair); the others may still be a pair. A country named only in
-- the role phrase of someone who speaks right after it ("Министр финансов Казахстана X сообщил, что
-- МВФ повысил прогноз роста экономики Узбекистана") is the speaker's: it counts in no sentence's
-- parties, and its pairs there are list evidence. A sentence of a sports result (`sport` cues:
-- "сборная", "матч", "со счетом") or of attending a gathering (`attendance` cues: "приняли
-- участие", "присутствовали", "attended") pairs its countries as a list.
-- A sentence of several clauses (after a semicolon, or a clause conjunction after a comma:
-- "..., а", "..., but") that names three or more parties pairs the only two parties of a
-- clause, unless they stand side by side with no word of an interaction in the sentence.
-- marts.dyad_articles keeps the pairs whose best
-- evidence reaches var('dyad_min_score'). `weight` is the pair's contribution to
-- dyad_articles.strength (2 for a compound, 1 for any other evidence sentence).
with mentions as (
    select * from {{ ref('int_country_mentions') }}
    where {{ is_new_row('load_seq') }}
),

number_mentions as (
    -- the figures of the articles, with the partner each one's clause names (flow evidence)
    select
        article_id,
        mention_idx,
        sentence_idx,
        partner_start,
        partner_end,
        metric,
        bilateral
    from {{ ref('stg_number_mentions') }}
    where {{ is_new_row('load_seq') }}
),

sentence_countries as (
    select distinct
        article_id,
        sentence_idx,
        country_code
    from mentions
),

{{ number_clause_pairs('number_mentions', 'sentence_countries', 'mentions') }},

flows as (
    -- a flow's figure whose clause names its partner, with the other side of its sentence (or of
    -- the article, in a sentence naming partners only: macros/number_partners.sql): "В Таджикистан
    -- отгружено 612,5 тыс. тонн, в Афганистан — 480 тыс. тонн", "Основными направлениями экспорта
    -- стали: Россия — 2,7 млрд долларов; ОАЭ — 1,9 млрд долларов"
    select distinct
        number_clause_pairs.article_id,
        number_clause_pairs.sentence_idx,
        number_clause_pairs.country_a,
        number_clause_pairs.country_b,
        'flow' as evidence_kind,
        1.0::double as weight
    from number_clause_pairs
    inner join number_mentions
        on
            number_clause_pairs.article_id = number_mentions.article_id
            and number_clause_pairs.mention_idx = number_mentions.mention_idx
    anti join number_partner_groups
        on
            number_clause_pairs.article_id = number_partner_groups.article_id
            and number_clause_pairs.mention_idx = number_partner_groups.mention_idx
    where
        number_mentions.metric in ('trade_turnover', 'export', 'import', 'investment')
        and number_mentions.bilateral is not false
),

tokens as not materialized (
    -- read where used, as a scan that streams: a materialized copy of every token of the build
    -- would be held in memory (beyond DuckDB's memory limit: spilled)
    select
        article_id,
        sentence_idx,
        token_idx,
        token_norm,
        gap_after,
        load_seq
    from {{ ref('stg_tokens') }}
    where {{ is_new_row('load_seq') }}
),

break_tokens as not materialized (
    -- the tokens a comma, semicolon, colon or dash follows: a break between a subject and its verb
    -- (read where used, as tokens is)
    select
        article_id,
        sentence_idx,
        token_idx
    from tokens
    where regexp_matches(gap_after, '[,;:—–]')
),

cues as (
    select * from {{ ref('stg_relation_cues') }}
),

cue_stems as (
    select
        cue,
        cue_kind,
        left(cue, 3) as stem_key
    from cues
    where cue_kind in ('actor_stem', 'comparison_stem', 'interaction_stem', 'measure_stem')
),

cue_words as (
    -- each token that is a cue word, with the kind of cue: equal to the cue, or, for an actor or
    -- comparison stem, starting with it. Stems meet tokens on an equi-join of their first three
    -- letters (a seed test keeps stems at three letters or more), so only tokens sharing them are
    -- compared with a stem, not every token with every cue.
    select
        tokens.article_id,
        tokens.sentence_idx,
        tokens.token_idx,
        cues.cue_kind,
        false as by_stem
    from tokens
    inner join cues
        on
            tokens.token_norm = cues.cue
            and cues.cue_kind in (
                'preposition', 'conjunction', 'with', 'mediator', 'comparison', 'speech', 'sport', 'attendance',
                'digest', 'pair_reference', 'measure_target', 'reaction'
            )
    union all
    select
        tokens.article_id,
        tokens.sentence_idx,
        tokens.token_idx,
        stems.cue_kind,
        true as by_stem
    from tokens
    inner join cue_stems as stems
        on left(tokens.token_norm, 3) = stems.stem_key
    where
        -- a stem ending in "$" is a whole word ("met$": not "metres", "methane")
        case
            when ends_with(stems.cue, '$') then tokens.token_norm = rtrim(stems.cue, '$')
            else starts_with(tokens.token_norm, stems.cue)
        end
),

token_cues as (
    -- the cue kinds of each token that is a cue word (a comparison stem counts in comparison_sentences)
    select
        article_id,
        sentence_idx,
        token_idx,
        bool_or(cue_kind = 'preposition') as is_preposition,
        bool_or(cue_kind = 'conjunction') as is_conjunction,
        bool_or(cue_kind = 'with') as is_with,
        bool_or(cue_kind = 'actor_stem') as is_actor,
        bool_or(cue_kind = 'speech') as is_speech
    from cue_words
    where not (by_stem and cue_kind = 'comparison_stem')
    group by article_id, sentence_idx, token_idx
),

neighbour_words as (
    -- the words around each mention that marked reads, four before it and three after, with the
    -- step from it (-4 to -1, 1 to 3) and their cue kinds of an exact word: the tokens of a
    -- mention's sentence meet the mentions on an equi-join of the article and sentence, the mentions
    -- the side held in memory (a hash table of every position read, or of every token, outgrew
    -- DuckDB's memory limit in a full build of 50,000 articles), and the cue words (a few thousand)
    -- left join them
    select
        mentions.article_id,
        mentions.sentence_idx,
        mentions.token_idx as mention_idx,
        case
            when tokens.token_idx < mentions.token_idx then tokens.token_idx - mentions.token_idx
            when tokens.token_idx >= mentions.token_idx + mentions.n_tokens
                then tokens.token_idx - mentions.token_idx - mentions.n_tokens + 1
        end as step,  -- (NULL for the mention's own words)
        tokens.token_norm,
        cues.cue_kind
    from mentions
    left join tokens
        on
            mentions.article_id = tokens.article_id
            and mentions.sentence_idx = tokens.sentence_idx
            and tokens.token_idx between mentions.token_idx - 4 and mentions.token_idx + mentions.n_tokens + 2
    left join cues
        on
            tokens.token_norm = cues.cue
            and cues.cue_kind in ('between', 'venue', 'preposition', 'mediator', 'transit', 'arrival')
),

neighbours as (
    -- each mention's neighbouring words and their cue kinds, one row per mention
    select
        article_id,
        sentence_idx,
        mention_idx,
        any_value(token_norm) filter (where step = -1) as before_norm,
        any_value(token_norm) filter (where step = -2) as two_before_norm,
        any_value(token_norm) filter (where step = -3) as three_before_norm,
        any_value(token_norm) filter (where step = -4) as four_before_norm,
        any_value(token_norm) filter (where step = 1) as after_norm,
        any_value(token_norm) filter (where step = 2) as second_after_norm,
        coalesce(bool_or(cue_kind = 'between') filter (where step = -1), false) as after_between,
        coalesce(bool_or(cue_kind = 'venue') filter (where step = -1), false) as after_venue,
        coalesce(bool_or(cue_kind = 'preposition') filter (where step = -1), false) as after_preposition,
        coalesce(bool_or(cue_kind = 'mediator') filter (where step = -1), false) as mediator_before,
        coalesce(bool_or(cue_kind = 'mediator') filter (where step = -2), false) as mediator_two_before,
        coalesce(bool_or(cue_kind = 'mediator') filter (where step = 2), false) as mediator_two_after,
        coalesce(bool_or(cue_kind = 'mediator') filter (where step = 3), false) as mediator_three_after,
        coalesce(bool_or(cue_kind = 'transit') filter (where step = -1), false) as transit_before,
        coalesce(bool_or(cue_kind = 'transit') filter (where step = -2), false) as transit_two_before,
        coalesce(bool_or(cue_kind = 'arrival') filter (where step = -2), false) as arrival_two_before
    from neighbour_words
    group by article_id, sentence_idx, mention_idx
),

marked as (
    -- each mention with the cue kinds of the token right before it
    select
        mentions.*,
        neighbours.after_between,
        -- "прибыл в Баку": after a verb of arriving, the capital is the visit's destination
        neighbours.after_venue and not neighbours.arrival_two_before as after_venue,
        neighbours.after_preposition,
        neighbours.before_norm,
        neighbours.after_norm,
        -- "the situation in Sudan", "ситуацию в Сирии", "situation in Gaza and Sudan", "кризис на
        -- Гаити": a place whose situation is talked about, no party acting
        coalesce(
            (
                neighbours.two_before_norm in {{ situation_nouns }}
                and neighbours.before_norm in {{ situation_prepositions }}
            )
            or (
                neighbours.four_before_norm in {{ situation_nouns }}
                and neighbours.three_before_norm in {{ situation_prepositions }}
                and neighbours.before_norm in ('и', 'і', 'та', 'й', 'and', 'i', 'oraz')
            ),
            false
        ) as after_situation,
        place_forms.cue is not null as is_place_form,
        -- "при посредничестве Катара", "mediated by Qatar": the mediator
        neighbours.mediator_before
        or (neighbours.mediator_two_before and neighbours.before_norm in ('of', 'by'))
        -- thanked for it: "поблагодарило ОАЭ за посредничество", "thanked Qatar for its mediation"
        or coalesce(
            neighbours.after_norm in ('за', 'for', 'za')
            and (
                neighbours.mediator_two_after
                or (
                    neighbours.second_after_norm in ('its', 'their', 'the', 'his', 'her')
                    and neighbours.mediator_three_after
                )
            ),
            false
        )
            as after_mediator,
        -- "через Иран", "через территорию России": a transit country
        neighbours.transit_before
        or coalesce(
            neighbours.transit_two_before
            and neighbours.before_norm in (
                'территорию', 'территории', 'територію', 'території', 'тэрыторыю', 'terytorium'
            ),
            false
        ) as after_transit,
        -- "в индийском штате Пенджаб": a country's adjective before a part of it names a place
        mentions.form_kind in ('adjective', 'adjective_intl') and subnational.cue is not null
            as before_subnational
    from mentions
    inner join neighbours
        on
            mentions.article_id = neighbours.article_id
            and mentions.sentence_idx = neighbours.sentence_idx
            and mentions.token_idx = neighbours.mention_idx
    left join cues as place_forms
        on
            mentions.matched_form = place_forms.cue
            and place_forms.cue_kind = 'place_form'
    left join cues as subnational
        on
            neighbours.after_norm = subnational.cue
            and subnational.cue_kind = 'subnational_noun'
),

origin_mentions as (
    -- the two parts of a compound adjective of two countries right before a person noun
    -- ("американо-британский актер"; person_noun cues): a person's origins, no party of the
    -- sentence (the countries stay article countries)
    select
        stem.article_id,
        stem.sentence_idx,
        unnest([stem.token_idx, head.token_idx]) as token_idx
    from mentions as stem
    inner join mentions as head
        on
            stem.article_id = head.article_id
            and stem.sentence_idx = head.sentence_idx
            and head.token_idx = stem.token_idx + stem.n_tokens
    inner join tokens as person_words
        on
            head.article_id = person_words.article_id
            and head.sentence_idx = person_words.sentence_idx
            and head.token_idx + head.n_tokens = person_words.token_idx
    inner join cues as person_nouns
        on
            person_words.token_norm = person_nouns.cue
            and person_nouns.cue_kind = 'person_noun'
    where stem.form_kind = 'compound_stem' and stem.hyphen_after
),

routed_sentences as (
    -- sentences naming two countries or more besides the transit ones: a flow's origin and
    -- destination, the transit country only its route
    select
        article_id,
        sentence_idx
    from marked
    where not after_transit
    group by article_id, sentence_idx
    having count(distinct country_code) >= 2
),

transit_mentions as (
    -- a transit country beside a flow's origin and destination ("в Германию через территорию
    -- России"): no party (it stays an article country)
    select
        marked.article_id,
        marked.sentence_idx,
        marked.token_idx
    from marked
    semi join routed_sentences
        on
            marked.article_id = routed_sentences.article_id
            and marked.sentence_idx = routed_sentences.sentence_idx
    where marked.after_transit
),

mandate_mentions as (
    -- a country right after a preposition of a topic (below); a country after "по", "for" inside a
    -- person's role phrase ("Специальный посланник
    -- Генсекретаря ООН по Йемену X", "UN envoy for Yemen X"): what the post is for, a topic, no
    -- party acting; and any country inside the role phrase of a former post ("X, бывший министр
    -- обороны Казахстана, высоко оценил роль Китая", "a former Turkish foreign minister"): a post
    -- held no longer acts for its country
    select
        marked.article_id,
        marked.sentence_idx,
        marked.token_idx
    from marked
    inner join {{ ref('stg_person_mentions') }} as role_phrases
        on
            marked.article_id = role_phrases.article_id
            and marked.char_start >= role_phrases.role_start
            and marked.char_end <= role_phrases.role_end
    where
        {{ is_new_row('role_phrases.load_seq') }}
        and (
            marked.before_norm in ('по', 'па', 'for')
            or regexp_matches(lower(role_phrases.role), '^(бывш|экс-|former|ex-|były|была|было|колишн|былы|былая)')
        )
    union
    -- a country named right after a preposition of a topic ("говорили о Сирии", "spoke about North
    -- Korea's missile launches", "rozmawiali o Ukrainie", "про Молдову", "ситуацию вокруг Ирана"):
    -- what is talked about, no party acting (its name only: "рассказал о российских поставках"
    -- names the supplier)
    select
        marked.article_id,
        marked.sentence_idx,
        marked.token_idx
    from marked
    where
        marked.before_norm in (
            'о', 'об', 'обо', 'про', 'пра', 'pro', 'o', 'about', 'regarding', 'concerning', 'вокруг',
            'навколо', 'вакол', 'wokół'
        )
        and marked.form_kind not in ('adjective', 'adjective_intl', 'compound_stem')
    union
    select
        marked.article_id,
        marked.sentence_idx,
        marked.token_idx
    from marked
    where marked.after_situation and marked.form_kind not in ('adjective', 'adjective_intl', 'compound_stem')
    union
    -- a country at most five words after a word of a former post, in the same clause: the former
    -- post of someone whose row takes a current one ("Генсек НАТО X, бывший премьер-министр
    -- Нидерландов, встретился с ...", "X, a former Dutch prime minister, met ...", "экс-посол
    -- Казахстана в России")
    select
        marked.article_id,
        marked.sentence_idx,
        marked.token_idx
    from marked
    inner join tokens as former
        on
            marked.article_id = former.article_id
            and marked.sentence_idx = former.sentence_idx
            and former.token_idx between marked.token_idx - 5 and marked.token_idx - 1
    anti join break_tokens as breaks
        on
            marked.article_id = breaks.article_id
            and marked.sentence_idx = breaks.sentence_idx
            and breaks.token_idx between former.token_idx and marked.token_idx - 1
    where regexp_matches(
        former.token_norm,
        '^(бывш|экс-?$|экс-|former$|ex$|ex-|były|byłego|byłej|byłym|колишн|былы|былога|былому|былым)'
    )
),

parties as (
    select marked.* from marked
    anti join origin_mentions
        on
            marked.article_id = origin_mentions.article_id
            and marked.sentence_idx = origin_mentions.sentence_idx
            and marked.token_idx = origin_mentions.token_idx
    anti join transit_mentions
        on
            marked.article_id = transit_mentions.article_id
            and marked.sentence_idx = transit_mentions.sentence_idx
            and marked.token_idx = transit_mentions.token_idx
    anti join mandate_mentions
        on
            marked.article_id = mandate_mentions.article_id
            and marked.sentence_idx = mandate_mentions.sentence_idx
            and marked.token_idx = mandate_mentions.token_idx
    where
        not (marked.after_venue and marked.is_place_form)
        and not marked.after_mediator
        and not (
            -- parts of two countries side by side ("в индийском штате ... и пакистанской провинции"):
            -- places, no parties; a part of one country beside another country acting stays a
            -- party ("сотрудничество Беларуси с российскими регионами")
            marked.before_subnational
            and exists (
                select 1
                from marked as other
                where
                    other.article_id = marked.article_id
                    and other.sentence_idx = marked.sentence_idx
                    and other.before_subnational
                    and other.country_code != marked.country_code
            )
        )
),

person_roles as (
    -- the role phrases of the people of the article (char offsets of the body)
    select
        article_id,
        role_start,
        role_end
    from {{ ref('stg_person_mentions') }}
    where {{ is_new_row('load_seq') }} and role_start is not null
),

actor_mentions as (
    -- parties written right after a word for someone acting for them (up to two words between:
    -- "министра иностранных дел Японии"); role_idx is the first such word. is_post_place: a
    -- country after a preposition other than one of origin, or with another party between it and
    -- the role word ("послом Японии в Китае", "ambassador to China": where the envoy is posted, part
    -- of the role phrase but acting for no one; "делегация из Китая" acts)
    select
        parties.article_id,
        parties.sentence_idx,
        parties.token_idx,
        parties.country_code,
        min(role_words.token_idx) as role_idx,
        bool_or(parties.after_preposition)
        and coalesce(any_value(parties.before_norm), '') not in (
            'из', 'от', 'з', 'із', 'ад', 'z', 'ze', 'from', 'of'
        ) as after_place_preposition
    from parties
    inner join token_cues as role_words
        on
            parties.article_id = role_words.article_id
            and parties.sentence_idx = role_words.sentence_idx
            and role_words.token_idx between parties.token_idx - 3 and parties.token_idx - 1
            and role_words.is_actor
    group by parties.article_id, parties.sentence_idx, parties.token_idx, parties.country_code
    union all
    -- a country's adjective, or its name and an English possessive, right before the word for
    -- someone acting for it ("Egyptian Prime Minister", "Jordan's Foreign Minister", "японским
    -- премьером"): role_idx is that word, at most two words after it
    select
        parties.article_id,
        parties.sentence_idx,
        parties.token_idx,
        parties.country_code,
        min(role_words.token_idx) as role_idx,
        false as after_place_preposition
    from parties
    inner join token_cues as role_words
        on
            parties.article_id = role_words.article_id
            and parties.sentence_idx = role_words.sentence_idx
            and role_words.token_idx between parties.token_idx + parties.n_tokens
            and parties.token_idx + parties.n_tokens + 2
            and role_words.is_actor
    where parties.form_kind in ('adjective', 'adjective_intl') or parties.after_norm = 's'
    group by parties.article_id, parties.sentence_idx, parties.token_idx, parties.country_code
    union all
    -- a party inside a role phrase the people extraction read, however long its portfolio
    -- ("Министр экономики и коммерции Кыргызстана Данияр Амангельдиев", "Міністр економіки та
    -- торгівлі Молдови"): farther from the role's first word than the three words read above;
    -- role_idx is that word
    select
        parties.article_id,
        parties.sentence_idx,
        parties.token_idx,
        parties.country_code,
        min(role_words.token_idx) as role_idx,
        bool_or(parties.after_preposition)
        and coalesce(any_value(parties.before_norm), '') not in (
            'из', 'от', 'з', 'із', 'ад', 'z', 'ze', 'from', 'of'
        ) as after_place_preposition
    from parties
    inner join person_roles
        on
            parties.article_id = person_roles.article_id
            and parties.char_start >= person_roles.role_start
            and parties.char_end <= person_roles.role_end
    inner join {{ ref('stg_tokens') }} as role_words
        on
            person_roles.article_id = role_words.article_id
            and person_roles.role_start = role_words.char_start
    where {{ is_new_row('role_words.load_seq') }}
    group by parties.article_id, parties.sentence_idx, parties.token_idx, parties.country_code
),

acting_mentions as (
    -- the actor mentions that act for their country: not the place of someone's post
    select actor_mentions.*
    from actor_mentions
    anti join parties as nearer
        on
            actor_mentions.article_id = nearer.article_id
            and actor_mentions.sentence_idx = nearer.sentence_idx
            and actor_mentions.role_idx < nearer.token_idx
            and actor_mentions.token_idx > nearer.token_idx
    where not actor_mentions.after_place_preposition
),

speaker_mentions as (
    -- a party in the role phrase of someone who speaks right after it ("Министр финансов Казахстана
    -- Мади Такиев сообщил, что ..."): an actor's country with a verb of speech at most six tokens
    -- after it (the name between) and no other party between
    select distinct
        actor_mentions.article_id,
        actor_mentions.sentence_idx,
        actor_mentions.token_idx
    from actor_mentions
    inner join token_cues as speech
        on
            actor_mentions.article_id = speech.article_id
            and actor_mentions.sentence_idx = speech.sentence_idx
            and speech.token_idx between actor_mentions.token_idx + 1 and actor_mentions.token_idx + 6
            and speech.is_speech
    anti join parties as other
        on
            actor_mentions.article_id = other.article_id
            and actor_mentions.sentence_idx = other.sentence_idx
            and actor_mentions.token_idx < other.token_idx
            and speech.token_idx > other.token_idx
),

speakers_only as (
    -- the countries a sentence names only as a speaker's: no party of what is reported ("..., что
    -- МВФ повысил прогноз роста экономики Узбекистана" pairs no one with Kazakhstan)
    select
        parties.article_id,
        parties.sentence_idx,
        parties.country_code
    from parties
    left join speaker_mentions
        on
            parties.article_id = speaker_mentions.article_id
            and parties.sentence_idx = speaker_mentions.sentence_idx
            and parties.token_idx = speaker_mentions.token_idx
    group by parties.article_id, parties.sentence_idx, parties.country_code
    having bool_and(speaker_mentions.token_idx is not null)
),

sentence_parties as (
    select distinct
        article_id,
        sentence_idx,
        country_code
    from parties
),

party_counts as (
    -- a speaker's country counts in no sentence's parties
    select
        sentence_parties.article_id,
        sentence_parties.sentence_idx,
        count(*) as n_parties
    from sentence_parties
    anti join speakers_only
        on
            sentence_parties.article_id = speakers_only.article_id
            and sentence_parties.sentence_idx = speakers_only.sentence_idx
            and sentence_parties.country_code = speakers_only.country_code
    group by sentence_parties.article_id, sentence_parties.sentence_idx
),

list_sentences as (
    -- a sentence with a word of a sports result ("сборная Португалии обыграла Турцию со счетом
    -- 3:1"): national teams playing, no relation between their states; with a word of taking
    -- part in a gathering ("В саммите приняли участие премьер-министр Великобритании и президент
    -- Франции"): attendees side by side; or a digest's heading
    select distinct
        article_id,
        sentence_idx
    from cue_words
    where cue_kind in ('sport', 'attendance')
    union
    -- a digest's heading opening the sentence, a colon within its first four words ("Главное за
    -- день: визит в Японию, санкции против Ирана"): unrelated news side by side
    select distinct
        digest.article_id,
        digest.sentence_idx
    from cue_words as digest
    semi join tokens as colon
        on
            digest.article_id = colon.article_id
            and digest.sentence_idx = colon.sentence_idx
            and colon.token_idx between digest.token_idx and digest.token_idx + 3
            and contains(colon.gap_after, ':')
    anti join tokens as previous
        on
            digest.article_id = previous.article_id
            and digest.sentence_idx = previous.sentence_idx
            and digest.token_idx - 1 = previous.token_idx
    where digest.cue_kind = 'digest'
),

comparison_sentences as (
    -- a comparison word with a party named after it ("больше, чем в Литве", "после России",
    -- "уступает Китаю"): the sentence compares or ranks its parties. One with no party after it
    -- compares something else, such as a year with the one before ("поставила в Турцию ..., что на
    -- 7% меньше, чем годом ранее"), and leaves the parties a pair; so does one that sets the whole
    -- sentence beside another's figure ("Для сравнения, товарооборот Грузии и Турции ...", "By
    -- comparison, trade between ..."): the word after "для", "for" or "by" compares no party of its own
    select distinct
        cue_words.article_id,
        cue_words.sentence_idx
    from cue_words
    semi join parties
        on
            cue_words.article_id = parties.article_id
            and cue_words.sentence_idx = parties.sentence_idx
            and cue_words.token_idx < parties.token_idx
    anti join tokens as before_cue
        on
            cue_words.article_id = before_cue.article_id
            and cue_words.sentence_idx = before_cue.sentence_idx
            and cue_words.token_idx - 1 = before_cue.token_idx
            and before_cue.token_norm in ('для', 'dla', 'for', 'by')
    where cue_words.cue_kind in ('comparison', 'comparison_stem')
),

conjoined as (
    -- two parties of a sentence joined by a conjunction right after the first, the second either
    -- right after the conjunction ("X и Y") or after a preposition of its own ("в X и на Y")
    select
        x.article_id,
        x.sentence_idx,
        {{ dyad_of('x.country_code', 'y.country_code') }},
        x.after_between,
        x.after_preposition,
        x.token_idx as first_idx,
        y.token_idx + y.n_tokens as end_idx,
        y.token_idx = conjunctions.token_idx + 1 as is_adjacent,
        second_prepositions.token_idx is not null as has_own_preposition
    from parties as x
    inner join token_cues as conjunctions
        on
            x.article_id = conjunctions.article_id
            and x.sentence_idx = conjunctions.sentence_idx
            and x.token_idx + x.n_tokens = conjunctions.token_idx
            and conjunctions.is_conjunction
    inner join parties as y
        on
            x.article_id = y.article_id
            and x.sentence_idx = y.sentence_idx
            and y.token_idx between conjunctions.token_idx + 1 and conjunctions.token_idx + 2
    left join token_cues as second_prepositions
        on
            x.article_id = second_prepositions.article_id
            and x.sentence_idx = second_prepositions.sentence_idx
            and conjunctions.token_idx + 1 = second_prepositions.token_idx
            and second_prepositions.is_preposition
    where x.country_code != y.country_code
),

parallels as (
    -- two parties joined after a preposition: parallel destinations or sources ("поставки в
    -- Никарагуа и на Кубу", "из России и Казахстана"), members of a list rather than a pair
    select distinct
        article_id,
        sentence_idx,
        country_a,
        country_b
    from conjoined
    where
        after_preposition
        and not after_between
        and (is_adjacent or has_own_preposition)
),

two_mention_sentences as (
    -- the sentences that name exactly two parties, each once
    select
        article_id,
        sentence_idx
    from parties
    group by article_id, sentence_idx
    having count(*) = 2
),

two_mention_tokens as (
    -- the tokens of those sentences: the positions parallel_edges looks up
    select
        tokens.article_id,
        tokens.sentence_idx,
        tokens.token_idx,
        tokens.token_norm,
        tokens.gap_after
    from tokens
    semi join two_mention_sentences as two_mentions
        on
            tokens.article_id = two_mentions.article_id
            and tokens.sentence_idx = two_mentions.sentence_idx
),

parallel_edges as materialized (
    -- each party of a sentence that names exactly two, each once, with the token before it and
    -- its last token: looked up by position here, apart, so that the pairs below join a few rows
    -- (joined in one with the pairs, the tokens were matched by sentence first: some hundred
    -- million rows at 20,000 articles)
    select
        p.article_id,
        p.sentence_idx,
        p.token_idx,
        p.n_tokens,
        p.country_code,
        p.after_preposition,
        p.form_kind in ('adjective', 'adjective_intl') as is_adjective,
        before_token.token_norm as before_norm,
        before_token.gap_after as before_gap,
        second_before_token.gap_after as second_before_gap,
        last_token.gap_after as last_gap,
        last_token.token_idx is not null as has_last
    from parties as p
    semi join two_mention_sentences as two_mentions
        on
            p.article_id = two_mentions.article_id
            and p.sentence_idx = two_mentions.sentence_idx
    inner join two_mention_tokens as before_token
        on
            p.article_id = before_token.article_id
            and p.sentence_idx = before_token.sentence_idx
            and p.token_idx - 1 = before_token.token_idx
    left join two_mention_tokens as second_before_token
        on
            p.article_id = second_before_token.article_id
            and p.sentence_idx = second_before_token.sentence_idx
            and p.token_idx - 2 = second_before_token.token_idx
    left join two_mention_tokens as last_token
        on
            p.article_id = last_token.article_id
            and p.sentence_idx = last_token.sentence_idx
            and p.token_idx + p.n_tokens - 1 = last_token.token_idx
),

separators as (
    -- what separates two parallel clauses: a comma or semicolon after a token, or a conjunction
    -- ("трое — в Польше и один — в Чехии"); first_idx: the position the first clause's last token
    -- may have at most (a gap may follow that token itself, a conjunction only a token after it)
    select
        article_id,
        sentence_idx,
        token_idx,
        token_idx as first_idx
    from tokens
    where contains(gap_after, ',') or contains(gap_after, ';')
    union all
    select
        article_id,
        sentence_idx,
        token_idx,
        token_idx - 1 as first_idx
    from token_cues
    where is_conjunction
),

parallel_clauses as (
    -- two parties in clauses of the same shape whose verb the second leaves out (a dash stands
    -- for it), a comma or semicolon between: each after the same preposition with a dash right
    -- after the second ("Переводы из Казахстана выросли на 21%, из Южной Кореи — на 35%"), each
    -- right after a dash ("На втором месте — Казахстан ..., на третьем — Китай"), or two country
    -- adjectives with a dash right after the second ("китайских ..., а японских — на 12%"). Parallel
    -- members of a list, no pair ("В России считают, что в Китае ..." has no dash: a pair). Only
    -- where the sentence names each of the two once: in "Экспорт из России в Китай вырос на 5%, а
    -- импорт из Китая — на 3%" the first clause relates them
    select distinct
        x.article_id,
        x.sentence_idx,
        {{ dyad_of('x.country_code', 'y.country_code') }}
    from parallel_edges as x
    inner join parallel_edges as y
        on
            x.article_id = y.article_id
            and x.sentence_idx = y.sentence_idx
            and x.token_idx + x.n_tokens < y.token_idx
            and x.country_code != y.country_code
            and y.has_last
    semi join separators
        on
            x.article_id = separators.article_id
            and x.sentence_idx = separators.sentence_idx
            and separators.first_idx >= x.token_idx + x.n_tokens - 1
            and separators.token_idx <= y.token_idx - 2
    where
        (
            x.after_preposition
            and x.before_norm = y.before_norm
            and regexp_matches(y.last_gap, '[—–]')
        )
        or (regexp_matches(x.before_gap, '[—–]') and regexp_matches(y.before_gap, '[—–]'))
        -- two country adjectives, the second's noun left out with the verb ("Импорт китайских
        -- автомобилей вырос на 30%, а японских — на 12%")
        or (x.is_adjective and y.is_adjective and regexp_matches(y.last_gap, '[—–]'))
        -- each after a dash and a preposition: "двое — в США и один — в Канаде"
        or (
            x.after_preposition
            and y.after_preposition
            and regexp_matches(coalesce(x.second_before_gap, ''), '[—–]')
            and regexp_matches(coalesce(y.second_before_gap, ''), '[—–]')
        )
),

interaction_sentences as (
    -- the sentences with a word for what two countries do with each other (interaction_stem:
    -- "подписали", "переговоры", "торговля", "граничат"), or with a mediator between them; and
    -- the sentence before one that has such a word and refers back to two sides (pair_reference:
    -- "Беларусь и Узбекистан запустят производство. Совместное предприятие ... двух стран")
    select distinct
        article_id,
        sentence_idx
    from cue_words
    where cue_kind in ('interaction_stem', 'mediator')
    union
    select
        interaction.article_id,
        interaction.sentence_idx - 1 as sentence_idx
    from cue_words as interaction
    inner join cue_words as reference
        on
            interaction.article_id = reference.article_id
            and interaction.sentence_idx = reference.sentence_idx
            and reference.cue_kind = 'pair_reference'
    where interaction.cue_kind = 'interaction_stem'
),

bare_conjoined as (
    -- two parties joined right after each other by a conjunction, not after a preposition or a
    -- between-word ("Индия и Пакистан"; not "в Никарагуа и на Кубу", "между X и Y")
    select * from conjoined
    where
        not after_preposition
        and not after_between
        and is_adjacent
),

side_by_side as (
    -- two parties joined by a conjunction, not after a preposition or a between-word ("Индия и
    -- Пакистан пострадали от наводнений", "Гарантами выступали Германия и Франция"), in a
    -- sentence with no word of an interaction: they act side by side, members of a list, no pair
    select distinct
        conjoined.article_id,
        conjoined.sentence_idx,
        conjoined.country_a,
        conjoined.country_b
    from bare_conjoined as conjoined
    anti join interaction_sentences
        on
            conjoined.article_id = interaction_sentences.article_id
            and conjoined.sentence_idx = interaction_sentences.sentence_idx
),

reactors as (
    -- two parties joined by a conjunction right before a verb of reacting to what others did
    -- (reaction cues: "Египет и Иордания приветствовали договоренность о прекращении огня", "Egypt
    -- and Jordan welcomed the ceasefire"): onlookers side by side, a list, whatever interaction word
    -- the sentence names
    select distinct
        conjoined.article_id,
        conjoined.sentence_idx,
        conjoined.country_a,
        conjoined.country_b
    from bare_conjoined as conjoined
    inner join cue_words as reactions
        on
            conjoined.article_id = reactions.article_id
            and conjoined.sentence_idx = reactions.sentence_idx
            and reactions.token_idx between conjoined.end_idx and conjoined.end_idx + 2
            and reactions.cue_kind = 'reaction'
),

joint_subjects as (
    -- two parties joined by a conjunction as the subject of a plural verb of an interaction, the
    -- verb at most two words after them with no comma, dash or other party between ("Польша и
    -- Литва договорились усилить охрану границы с Белоруссией", "Armenia and Azerbaijan have
    -- signed a treaty in the presence of US envoys"): they act with each other, a pair even where
    -- the sentence names a third party. Not the last two members of a longer list ("Россия, Китай
    -- и Индия договорились": a party right before the first), nor two acting together toward a
    -- third that is the verb's own counterpart right after it ("подписали соглашение с Китаем",
    -- "agreed with China": a with-word at most three words after the verb, then that party).
    -- A plural verb: its ending (ru/uk/be past "-ли", "-лись", "-лі"; present and future "-ют",
    -- "-ят", "-уть", "-юць" ...; pl "-li", "-ły", "-ją"); in English, a past in "-ed" or agree/meet/
    -- met/sign/discuss.
    select distinct
        conjoined.article_id,
        conjoined.sentence_idx,
        conjoined.country_a,
        conjoined.country_b,
        verbs.token_idx as verb_idx
    from bare_conjoined as conjoined
    inner join cue_words as verbs
        on
            conjoined.article_id = verbs.article_id
            and conjoined.sentence_idx = verbs.sentence_idx
            and verbs.token_idx between conjoined.end_idx and conjoined.end_idx + 2
            and verbs.cue_kind = 'interaction_stem'
    inner join tokens as verb_words
        on
            verbs.article_id = verb_words.article_id
            and verbs.sentence_idx = verb_words.sentence_idx
            and verbs.token_idx = verb_words.token_idx
    anti join parties as before_first
        on
            conjoined.article_id = before_first.article_id
            and conjoined.sentence_idx = before_first.sentence_idx
            and before_first.token_idx + before_first.n_tokens = conjoined.first_idx
    anti join parties as between_verb
        on
            conjoined.article_id = between_verb.article_id
            and conjoined.sentence_idx = between_verb.sentence_idx
            and between_verb.token_idx between conjoined.end_idx and verbs.token_idx
    anti join break_tokens as breaks
        on
            conjoined.article_id = breaks.article_id
            and conjoined.sentence_idx = breaks.sentence_idx
            and breaks.token_idx between conjoined.end_idx - 1 and verbs.token_idx - 1
    where
        (
            regexp_matches(
                verb_words.token_norm,
                '(л[иі](сь|ся)?|[юяуа](т|ть|ць)(ся|ца)?|li|ły|ją)$'
            )
            or regexp_matches(verb_words.token_norm, '^[a-z]+ed$|^(agree|meet|met|sign|discuss)$')
        )
),

with_parties as (
    -- a party right after a with-word ("с Китаем", "with China"), with the with-word's position
    select
        parties.article_id,
        parties.sentence_idx,
        parties.country_code,
        withs.token_idx as with_idx
    from parties
    inner join token_cues as withs
        on
            parties.article_id = withs.article_id
            and parties.sentence_idx = withs.sentence_idx
            and parties.token_idx = withs.token_idx + 1
            and withs.is_with
),

joint_pairs as (
    -- the pairs of joint_subjects whose verb has no counterpart of its own among the parties
    select distinct
        joint_subjects.article_id,
        joint_subjects.sentence_idx,
        joint_subjects.country_a,
        joint_subjects.country_b,
        'pair' as evidence_kind,
        1.0::double as weight
    from joint_subjects
    anti join with_parties as counterparts
        on
            joint_subjects.article_id = counterparts.article_id
            and joint_subjects.sentence_idx = counterparts.sentence_idx
            and counterparts.with_idx between joint_subjects.verb_idx + 1 and joint_subjects.verb_idx + 3
            and joint_subjects.country_a != counterparts.country_code
            and joint_subjects.country_b != counterparts.country_code
    anti join list_sentences
        on
            joint_subjects.article_id = list_sentences.article_id
            and joint_subjects.sentence_idx = list_sentences.sentence_idx
    anti join comparison_sentences
        on
            joint_subjects.article_id = comparison_sentences.article_id
            and joint_subjects.sentence_idx = comparison_sentences.sentence_idx
),

met_together as (
    -- two parties joined by a conjunction after a with-word and the word for those acting for
    -- them ("Генсек ООН встретился с президентами Ганы и Чили", "met the presidents of Ghana and
    -- Chile"): guests of a third side side by side, a list (each is paired with the host by its
    -- own evidence)
    select distinct
        conjoined.article_id,
        conjoined.sentence_idx,
        conjoined.country_a,
        conjoined.country_b
    from bare_conjoined as conjoined
    inner join token_cues as role_words
        on
            conjoined.article_id = role_words.article_id
            and conjoined.sentence_idx = role_words.sentence_idx
            and role_words.token_idx between conjoined.first_idx - 3 and conjoined.first_idx - 1
            and role_words.is_actor
    inner join token_cues as withs
        on
            role_words.article_id = withs.article_id
            and role_words.sentence_idx = withs.sentence_idx
            and withs.token_idx between role_words.token_idx - 2 and role_words.token_idx - 1
            and withs.is_with
),

guests_together as (
    -- the countries of two people met together: the role of the first right after a with-word (a
    -- word between at most), the role of the second right after the first's name and a
    -- conjunction ("провел переговоры с президентом Руанды X и президентом Сенегала Y", "met
    -- Rwanda's President X and Senegal's President Y"): guests of a third side side by side, a
    -- list (each is paired with the host by its own evidence)
    select distinct
        first_party.article_id,
        first_party.sentence_idx,
        {{ dyad_of('first_party.country_code', 'second_party.country_code') }}
    from {{ ref('stg_person_mentions') }} as first_guest
    inner join {{ ref('stg_person_mentions') }} as second_guest
        on
            first_guest.article_id = second_guest.article_id
            and second_guest.role_start between first_guest.char_end + 2 and first_guest.char_end + 8
    inner join {{ ref('stg_tokens') }} as joiner
        on
            first_guest.article_id = joiner.article_id
            and joiner.char_start between first_guest.char_end and second_guest.role_start - 1
            and joiner.token_norm in ('и', 'і', 'та', 'й', 'and', 'i', 'oraz', 'мен', 'және')
    inner join {{ ref('stg_tokens') }} as role_word
        on
            first_guest.article_id = role_word.article_id
            and first_guest.role_start = role_word.char_start
    inner join token_cues as withs
        on
            role_word.article_id = withs.article_id
            and role_word.sentence_idx = withs.sentence_idx
            and withs.token_idx between role_word.token_idx - 2 and role_word.token_idx - 1
            and withs.is_with
    inner join parties as first_party
        on
            first_guest.article_id = first_party.article_id
            and first_guest.role_start <= first_party.char_start
            and first_guest.role_end >= first_party.char_end
    inner join parties as second_party
        on
            second_guest.article_id = second_party.article_id
            and first_party.sentence_idx = second_party.sentence_idx
            and second_guest.role_start <= second_party.char_start
            and second_guest.role_end >= second_party.char_end
    where
        {{ is_new_row('first_guest.load_seq') }}
        and {{ is_new_row('second_guest.load_seq') }}
        and {{ is_new_row('joiner.load_seq') }}
        and {{ is_new_row('role_word.load_seq') }}
        and first_party.country_code != second_party.country_code
),

listed_pairs as (
    -- the pairs a sentence names as members of a list: parallels, parties side by side, onlookers,
    -- guests met together
    select * from parallels
    union
    select * from side_by_side
    union
    select * from reactors
    union
    select * from met_together
    union
    select * from guests_together
),

co_mentions as (
    select
        a.article_id,
        a.sentence_idx,
        a.country_code as country_a,
        b.country_code as country_b,
        case
            when
                party_counts.n_parties > 2
                or listed_pairs.sentence_idx is not null
                or parallel_clauses.sentence_idx is not null
                or speaker_a.country_code is not null
                or speaker_b.country_code is not null
                or list_sentences.sentence_idx is not null
                then 'list'
            when comparison_sentences.sentence_idx is not null then 'comparison'
            else 'pair'
        end as evidence_kind,
        1.0::double as weight
    from sentence_parties as a
    inner join sentence_parties as b
        on
            a.article_id = b.article_id
            and a.sentence_idx = b.sentence_idx
            and a.country_code < b.country_code
    inner join party_counts
        on
            a.article_id = party_counts.article_id
            and a.sentence_idx = party_counts.sentence_idx
    left join comparison_sentences
        on
            a.article_id = comparison_sentences.article_id
            and a.sentence_idx = comparison_sentences.sentence_idx
    left join listed_pairs
        on
            a.article_id = listed_pairs.article_id
            and a.sentence_idx = listed_pairs.sentence_idx
            and a.country_code = listed_pairs.country_a
            and b.country_code = listed_pairs.country_b
    left join parallel_clauses
        on
            a.article_id = parallel_clauses.article_id
            and a.sentence_idx = parallel_clauses.sentence_idx
            and a.country_code = parallel_clauses.country_a
            and b.country_code = parallel_clauses.country_b
    left join list_sentences
        on
            a.article_id = list_sentences.article_id
            and a.sentence_idx = list_sentences.sentence_idx
    left join speakers_only as speaker_a
        on
            a.article_id = speaker_a.article_id
            and a.sentence_idx = speaker_a.sentence_idx
            and a.country_code = speaker_a.country_code
    left join speakers_only as speaker_b
        on
            b.article_id = speaker_b.article_id
            and b.sentence_idx = speaker_b.sentence_idx
            and b.country_code = speaker_b.country_code
),

betweens as (
    -- a between-word, X, a conjunction, Y; not with a third party right before the between-word
    -- ("Казахстан между Китаем и Россией": Kazakhstan's place between the two, no relation of
    -- theirs)
    select distinct
        conjoined.article_id,
        conjoined.sentence_idx,
        conjoined.country_a,
        conjoined.country_b,
        'between' as evidence_kind,
        1.0::double as weight
    from conjoined
    -- (a left join and a filter: with the countries' test in the join's condition, DuckDB joins
    -- the two row by row)
    left join parties as head
        on
            conjoined.article_id = head.article_id
            and conjoined.sentence_idx = head.sentence_idx
            and conjoined.first_idx - 1 = head.token_idx + head.n_tokens
    where
        conjoined.after_between
        and conjoined.is_adjacent
        and (head.country_code is null or head.country_code in (conjoined.country_a, conjoined.country_b))
),

compounds as (
    select
        stem.article_id,
        stem.sentence_idx,
        {{ dyad_of('stem.country_code', 'head.country_code') }},
        'compound' as evidence_kind,
        2.0::double as weight
    from mentions as stem
    inner join mentions as head
        on
            stem.article_id = head.article_id
            and head.token_idx = stem.token_idx + stem.n_tokens
    -- a person noun right after the adjective: the person's origins, no relation of the states
    -- ("американо-британский актер Эндрю Гарфилд")
    anti join origin_mentions
        on
            stem.article_id = origin_mentions.article_id
            and stem.sentence_idx = origin_mentions.sentence_idx
            and stem.token_idx = origin_mentions.token_idx
    where
        stem.form_kind = 'compound_stem'
        and stem.hyphen_after
        and stem.country_code != head.country_code
),

role_people as (
    -- the people of the article whose role names their country, by surname (lowercase, ё as е):
    -- only a surname no two of them with different countries share
    select
        article_id,
        surname,
        any_value(country_code) as country_code
    from (
        select
            article_id,
            country_code,
            replace(lower(regexp_extract(name, '([^ ]+)$', 1)), 'ё', 'е') as surname
        from {{ ref('int_people') }}
        where country_source = 'role' and {{ is_new_row('load_seq') }}
    )
    group by article_id, surname
    having count(distinct country_code) = 1
),

person_actors as (
    -- a person whose role named their country, written later by surname alone in the nominative
    -- (or in the form their reported mention has): acting for that country ("Президент России
    -- Владимир Путин прибыл ... На полях саммита Путин провел встречу с президентом Узбекистана")
    select
        tokens.article_id,
        tokens.sentence_idx,
        tokens.token_idx,
        role_people.country_code
    from tokens
    inner join role_people
        on
            tokens.article_id = role_people.article_id
            and tokens.token_norm = role_people.surname
),

acting_sides as (
    -- who acts on the first side of an actor pair: an actor mention, or a person by surname
    select
        article_id,
        sentence_idx,
        token_idx,
        country_code
    from acting_mentions
    union
    select
        article_id,
        sentence_idx,
        token_idx,
        country_code
    from person_actors
),

actors as (
    -- an actor of one country, then "с" and an actor of another ("с премьером Японии")
    select distinct
        x.article_id,
        x.sentence_idx,
        {{ dyad_of('x.country_code', 'y.country_code') }},
        'actor' as evidence_kind,
        1.0::double as weight
    from acting_sides as x
    inner join acting_mentions as y
        on
            x.article_id = y.article_id
            and x.sentence_idx = y.sentence_idx
            and x.token_idx < y.role_idx
            and x.country_code != y.country_code
    inner join token_cues as withs
        on
            y.article_id = withs.article_id
            and y.sentence_idx = withs.sentence_idx
            and withs.token_idx between y.role_idx - 2 and y.role_idx - 1
            and withs.is_with
),

second_guests as (
    -- the host met two guests side by side (guests_together): the host's actor pair with the
    -- first guest is one with the second too ("Президент Франции X встретился с канцлером Германии
    -- Y и премьер-министром Польши Z": FR-DE and FR-PL)
    select distinct
        met.article_id,
        met.sentence_idx,
        {{ dyad_of('met.host_country', 'met.guest_country') }},
        'actor' as evidence_kind,
        1.0::double as weight
    from (
        select
            actors.article_id,
            actors.sentence_idx,
            case
                when actors.country_a in (guests.country_a, guests.country_b) then actors.country_b
                else actors.country_a
            end as host_country,
            case
                when guests.country_a in (actors.country_a, actors.country_b) then guests.country_b
                else guests.country_a
            end as guest_country
        from actors
        inner join guests_together as guests
            on
                actors.article_id = guests.article_id
                and actors.sentence_idx = guests.sentence_idx
                and (
                    actors.country_a in (guests.country_a, guests.country_b)
                    or actors.country_b in (guests.country_a, guests.country_b)
                )
    ) as met
    where met.host_country != met.guest_country
),

measure_words as (
    -- a measure word with the word introducing its target right after it, or one word later
    -- ("санкции против", "санкции в отношении", "sanctions on"): the target's word position
    select distinct
        measures.article_id,
        measures.sentence_idx,
        measures.token_idx,
        targets.token_idx as target_idx
    from cue_words as measures
    inner join cue_words as targets
        on
            measures.article_id = targets.article_id
            and measures.sentence_idx = targets.sentence_idx
            and targets.token_idx between measures.token_idx + 1 and measures.token_idx + 2
            and targets.cue_kind = 'measure_target'
    where measures.cue_kind = 'measure_stem'
),

measure_pairs as (
    -- the party nearest before a measure word (at most six words before, not after a preposition)
    -- and a party at most four words after the word introducing its target: the one taking the
    -- measure and its target ("Китай ввел санкции против семи американских оборонных компаний из-за
    -- поставок оружия Тайваню": CN-US), a pair beside a third country of the sentence
    select distinct
        measures.article_id,
        measures.sentence_idx,
        {{ dyad_of('sources.country_code', 'targets.country_code') }},
        'pair' as evidence_kind,
        1.0::double as weight
    from measure_words as measures
    inner join parties as targets
        on
            measures.article_id = targets.article_id
            and measures.sentence_idx = targets.sentence_idx
            and targets.token_idx between measures.target_idx + 1 and measures.target_idx + 4
    inner join parties as sources
        on
            measures.article_id = sources.article_id
            and measures.sentence_idx = sources.sentence_idx
            and sources.token_idx between measures.token_idx - 6 and measures.token_idx - 1
            and not sources.after_preposition
            and targets.country_code != sources.country_code
    anti join parties as nearer
        on
            sources.article_id = nearer.article_id
            and sources.sentence_idx = nearer.sentence_idx
            and nearer.token_idx between sources.token_idx + 1 and measures.token_idx - 1
),

clause_words as (
    select cue from cues
    where cue_kind = 'clause'
),

clause_joiners as (
    select cue from cues
    where cue_kind = 'clause_joiner'
),

clause_gaps as not materialized (
    -- the positions right after a semicolon or a comma (the next token's, if the sentence goes on);
    -- read where used, as a scan that streams (a materialized copy would hold a tenth of the tokens)
    select
        article_id,
        sentence_idx,
        token_idx + 1 as token_idx,
        contains(gap_after, ';') as after_semicolon
    from tokens
    where contains(gap_after, ';') or contains(gap_after, ',')
),

clause_candidates as (
    -- a token after a semicolon, or a clause conjunction after a comma; each side joined to the
    -- few rows it needs (every token after a semicolon; the clause conjunctions after a comma),
    -- not every token to every gap
    select
        tokens.article_id,
        tokens.sentence_idx,
        tokens.token_idx,
        true as after_semicolon
    from tokens
    semi join clause_gaps as gaps
        on
            tokens.article_id = gaps.article_id
            and tokens.sentence_idx = gaps.sentence_idx
            and tokens.token_idx = gaps.token_idx
            and gaps.after_semicolon
    union all
    select
        conjunctions.article_id,
        conjunctions.sentence_idx,
        conjunctions.token_idx,
        false as after_semicolon
    from tokens as conjunctions
    semi join clause_gaps as gaps
        on
            conjunctions.article_id = gaps.article_id
            and conjunctions.sentence_idx = gaps.sentence_idx
            and conjunctions.token_idx = gaps.token_idx
            and not gaps.after_semicolon
    where conjunctions.token_norm in (select clause_words.cue from clause_words)
),

joiner_tokens as (
    -- the words that make a clause conjunction before them no clause start ("а также", "а не")
    select
        tokens.article_id,
        tokens.sentence_idx,
        tokens.token_idx
    from tokens
    where tokens.token_norm in (select clause_joiners.cue from clause_joiners)
),

clause_starts as (
    -- a token opening a new clause of its sentence: after a semicolon, or a clause conjunction
    -- after a comma ("..., а Германия и ОАЭ договорились", "..., but"; not "а также", "а не")
    select
        candidates.article_id,
        candidates.sentence_idx,
        candidates.token_idx
    from clause_candidates as candidates
    where candidates.after_semicolon
    union all
    select
        candidates.article_id,
        candidates.sentence_idx,
        candidates.token_idx
    from clause_candidates as candidates
    anti join joiner_tokens as next_word
        on
            candidates.article_id = next_word.article_id
            and candidates.sentence_idx = next_word.sentence_idx
            and candidates.token_idx + 1 = next_word.token_idx
    where not candidates.after_semicolon
),

clause_parties as (
    -- the parties of each clause of a sentence naming three or more: clause_idx counts the clause
    -- starts before the party
    select distinct
        parties.article_id,
        parties.sentence_idx,
        parties.country_code,
        (
            select count(*)
            from clause_starts as earlier_starts
            where
                earlier_starts.article_id = parties.article_id
                and earlier_starts.sentence_idx = parties.sentence_idx
                and earlier_starts.token_idx <= parties.token_idx
        ) as clause_idx
    from parties
    semi join party_counts
        on
            parties.article_id = party_counts.article_id
            and parties.sentence_idx = party_counts.sentence_idx
            and party_counts.n_parties > 2
    semi join clause_starts
        on
            parties.article_id = clause_starts.article_id
            and parties.sentence_idx = clause_starts.sentence_idx
),

clause_pairs as (
    -- the only two parties of one clause of a longer sentence ("КНР и Казахстан подписали ..., а
    -- Германия и ОАЭ договорились ..."): a pair, as in a sentence of their own
    select
        a.article_id,
        a.sentence_idx,
        a.country_code as country_a,
        b.country_code as country_b,
        'pair' as evidence_kind,
        1.0::double as weight
    from clause_parties as a
    inner join clause_parties as b
        on
            a.article_id = b.article_id
            and a.sentence_idx = b.sentence_idx
            and a.clause_idx = b.clause_idx
            and a.country_code < b.country_code
    where
        (
            select count(*)
            from clause_parties as c
            where
                c.article_id = a.article_id
                and c.sentence_idx = a.sentence_idx
                and c.clause_idx = a.clause_idx
        ) = 2
        -- members of a list in the sentence (parallels; two parties side by side with no word of
        -- an interaction: "Finland and Denmark topped the report, while the United States ...")
        -- are a list in their clause too
        and not exists (
            select 1
            from listed_pairs
            where
                listed_pairs.article_id = a.article_id
                and listed_pairs.sentence_idx = a.sentence_idx
                and listed_pairs.country_a = a.country_code
                and listed_pairs.country_b = b.country_code
        )
        and not exists (
            select 1
            from comparison_sentences
            where
                comparison_sentences.article_id = a.article_id
                and comparison_sentences.sentence_idx = a.sentence_idx
        )
        -- a sentence of a sports result or of attending a gathering is a list in every clause
        -- ("сборная Германии сыграет со Швецией ..., а Мексика — против Южной Кореи")
        and not exists (
            select 1
            from list_sentences
            where
                list_sentences.article_id = a.article_id
                and list_sentences.sentence_idx = a.sentence_idx
        )
),

beside_third as (
    -- the pairs a sentence makes beside a third party: a joint subject's, a measure's and its target's
    select * from joint_pairs
    union all
    select * from measure_pairs
),

parallel_flows as (
    -- the only two parties of a sentence, in two of its clauses, each right after a preposition of
    -- a destination, a place or an origin ("Экспорт в Китай вырос ..., а поставки в Пакистан
    -- остались ...", "Exports to China rose ..., while shipments to Pakistan were flat", "Imports
    -- from Japan rose ..., while imports from Brazil fell"): parallel flows of a third, a list; an
    -- origin and a destination in one clause ("из России в Китай") stay a pair
    select distinct
        x.article_id,
        x.sentence_idx,
        x.country_code as country_a,
        y.country_code as country_b
    from parties as x
    inner join parties as y
        on
            x.article_id = y.article_id
            and x.sentence_idx = y.sentence_idx
            and x.country_code < y.country_code
            and x.token_idx != y.token_idx
    inner join party_counts
        on
            x.article_id = party_counts.article_id
            and x.sentence_idx = party_counts.sentence_idx
            and party_counts.n_parties = 2
    inner join clause_starts
        on
            x.article_id = clause_starts.article_id
            and x.sentence_idx = clause_starts.sentence_idx
            and clause_starts.token_idx between least(x.token_idx, y.token_idx) + 1 and greatest(
                x.token_idx, y.token_idx
            )
    where
        x.after_preposition
        and y.after_preposition
        and (x.before_norm in {{ origin_prepositions }} or x.before_norm in {{ place_prepositions }})
        and (y.before_norm in {{ origin_prepositions }} or y.before_norm in {{ place_prepositions }})
),

evidence as (
    select
        co_mentions.article_id,
        co_mentions.sentence_idx,
        co_mentions.country_a,
        co_mentions.country_b,
        case
            when parallel_flows.sentence_idx is not null then 'list' else co_mentions.evidence_kind
        end as evidence_kind,
        co_mentions.weight
    from co_mentions
    left join parallel_flows
        on
            co_mentions.article_id = parallel_flows.article_id
            and co_mentions.sentence_idx = parallel_flows.sentence_idx
            and co_mentions.country_a = parallel_flows.country_a
            and co_mentions.country_b = parallel_flows.country_b
    union all
    select * from clause_pairs
    union all
    -- a joint subject's pair and a measure's, each not already a pair of its sentence or clause
    -- (one row per kind)
    select beside_third.* from beside_third
    anti join co_mentions
        on
            beside_third.article_id = co_mentions.article_id
            and beside_third.sentence_idx = co_mentions.sentence_idx
            and beside_third.country_a = co_mentions.country_a
            and beside_third.country_b = co_mentions.country_b
            and co_mentions.evidence_kind = 'pair'
    anti join clause_pairs
        on
            beside_third.article_id = clause_pairs.article_id
            and beside_third.sentence_idx = clause_pairs.sentence_idx
            and beside_third.country_a = clause_pairs.country_a
            and beside_third.country_b = clause_pairs.country_b
    union all
    select * from actors
    union all
    select * from second_guests
    union all
    select * from betweens
    union all
    select * from compounds
    union all
    -- a flow's pair, where its sentence has no other evidence for it
    select flows.* from flows
    anti join co_mentions
        on
            flows.article_id = co_mentions.article_id
            and flows.sentence_idx = co_mentions.sentence_idx
            and flows.country_a = co_mentions.country_a
            and flows.country_b = co_mentions.country_b
            and co_mentions.evidence_kind in ('pair', 'compound', 'between', 'actor')
),

final as (
    select
        article_id,
        sentence_idx,
        country_a,
        country_b,
        evidence_kind,
        weight,
        case evidence_kind
            when 'compound' then 1.0
            when 'between' then 0.9
            when 'actor' then 0.8
            when 'pair' then 0.6
            when 'flow' then 0.6
            when 'comparison' then 0.3
            else 0.2
        end::double as score
    from evidence
)

{{ with_article_load('tokens') }}
