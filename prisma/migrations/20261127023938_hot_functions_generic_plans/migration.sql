-- hot_functions_generic_plans: hand-written SQL below
-- The two functions every filing calls (the session check and the write) plan their statements once per
-- connection and keep the plan: every statement in them finds its rows by key ((tenant, id) and the like), so a
-- generic plan is as good as a custom one, and PL/pgSQL's default (a fresh custom plan for the first executions
-- and whenever the generic one looks costlier) spent about a quarter of the write's database CPU on planning
-- (report_write, one connection, 2,000 calls: 1.23–1.39 → 0.93 ms of backend CPU per call).
ALTER FUNCTION report_write(text, text, text, timestamptz, text, text, jsonb, integer, timestamptz, text, boolean, text[], text[], text, text[], boolean, text, text, text, text, text, text)
  SET plan_cache_mode = force_generic_plan;
ALTER FUNCTION app_load_session(text, text) SET plan_cache_mode = force_generic_plan;
