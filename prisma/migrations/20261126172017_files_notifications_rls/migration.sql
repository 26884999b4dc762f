-- files_notifications_rls: hand-written SQL below
SELECT ljfl_enable_tenant_rls('"FileObject"');
SELECT ljfl_enable_tenant_rls('"Notification"');
