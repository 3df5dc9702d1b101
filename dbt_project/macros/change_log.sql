{#
  The keys an incremental build rewrote, for the standby of a DuckDB-file warehouse
  (flows/warehouses/standby.py): a run catches the standby up by copying only the rows of these
  keys from the published file.

  Every delete+insert of an incremental model also writes to audit.model_changes one row naming
  the model with no key (the model is tracked in this build), and one row per distinct key of the
  rows it inserts (the keys whose rows it deleted are the same keys), when the warehouse has that
  table (the standby creates it; a DuckLake run's working file has none). A full build writes nothing:
  the standby then copies the model whole. A run empties the table before it builds.
#}

{% macro duckdb__get_incremental_delete_insert_sql(arg_dict) %}
    {%- set keys = arg_dict["unique_key"] -%}
    {%- if keys is string -%}{%- set keys = [keys] -%}{%- endif -%}
    {{ log_changed_keys(arg_dict["target_relation"], arg_dict["temp_relation"], keys) }}
    {{ get_delete_insert_merge_sql(
        arg_dict["target_relation"],
        arg_dict["temp_relation"],
        arg_dict["unique_key"],
        arg_dict["dest_columns"],
        arg_dict["incremental_predicates"]
    ) }}
{% endmacro %}

{% macro log_changed_keys(target, source, keys) %}
    {%- set log = adapter.get_relation(database=target.database, schema='audit', identifier='model_changes') -%}
    {%- if keys and log is not none %}
    insert into audit.model_changes (model, key_json)
    select '{{ target.schema }}.{{ target.identifier }}', null
    union all
    select distinct
        '{{ target.schema }}.{{ target.identifier }}',
        to_json(struct_pack({% for k in keys %}{{ k }} := {{ k }}{{ ", " if not loop.last }}{% endfor %}))::varchar
    from {{ source }};
    {%- endif %}
{% endmacro %}
