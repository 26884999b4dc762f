-- hot_functions_default_plans: hand-written SQL below
-- Back to PostgreSQL's default plan choice for the two hot functions (undoing *_hot_functions_generic_plans).
-- Forced generic plans saved about a quarter of the write's database CPU in the steady state, but in three of seven
-- benchmark runs the connections of one server slowed down round after round (2.8 → 8.8 ms of database CPU per
-- filing) while others on the same tables did not, and no isolated reproduction explained it. A plan a connection
-- keeps for its lifetime must not be able to do that; the default re-plans when that pays.
ALTER FUNCTION report_write(text, text, text, timestamptz, text, text, jsonb, integer, timestamptz, text, boolean, text[], text[], text, text[], boolean, text, text, text, text, text, text)
  RESET plan_cache_mode;
ALTER FUNCTION app_load_session(text, text) RESET plan_cache_mode;
