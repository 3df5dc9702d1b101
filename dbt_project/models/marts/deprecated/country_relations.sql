-- Alias of marts.dyads under its old name, kept: the public interface names it.
select * from {{ ref('dyads').include(database=False) }}
