"""Who may use orderdesk: users and their credentials.

``accounts.users`` holds the rules of user administration (adding, changing and disabling
users; the last active admin stays), shared by the CLI and the admin screen;
``accounts.credentials`` hashes passwords and API tokens and ends a user's web sessions.
``accounts.logins`` signs users in and out (throttled, audited, server-side sessions).
``api.auth`` only wires them to requests (bearer tokens, login, cookies, CSRF).
"""
