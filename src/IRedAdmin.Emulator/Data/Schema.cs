namespace IRedAdmin.Emulator.Data;

/// <summary>
/// Tables shaped like iRedMail's `vmail` database, amavisd's policy tables and
/// iRedAPD's tables, so GET answers can be the rows themselves.
/// </summary>
internal static class Schema
{
    /// <summary>Per-user service columns of `mailbox`, named after the service they switch.</summary>
    public static readonly string[] UserServices =
    {
        "smtp", "smtpsecured", "pop3", "pop3secured", "imap", "imapsecured", "deliver", "lda",
        "managesieve", "managesievesecured", "sieve", "sievesecured", "internal", "doveadm", "sogo",
    };

    /// <summary>Character switches of `mailbox` ('y' when on), as later releases have them.</summary>
    public static readonly string[] CharServices = { "sogowebmail", "sogocalendar", "sogoactivesync" };

    /// <summary>What a later server's user PUT `services` replaces; the document's ...tls names are not in it.</summary>
    public static readonly string[] ReplaceableServices =
    {
        "smtp", "smtpsecured", "pop3", "pop3secured", "imap", "imapsecured", "sogo", "sogowebmail", "sogocalendar",
        "sogoactivesync", "managesieve", "managesievesecured", "sieve", "sievesecured", "deliver",
    };

    // Columns added after the first release of the emulator: ALTER TABLE adds them to an older --db file.
    private static readonly (string Table, string Column, string Definition)[] AddedColumns =
    {
        ("mailbox", "mailboxformat", "TEXT NOT NULL DEFAULT 'maildir'"),
        ("mailbox", "mailboxfolder", "TEXT NOT NULL DEFAULT 'Maildir'"),
        ("mailbox", "enablesogowebmail", "TEXT NOT NULL DEFAULT 'y'"),
        ("mailbox", "enablesogocalendar", "TEXT NOT NULL DEFAULT 'y'"),
        ("mailbox", "enablesogoactivesync", "TEXT NOT NULL DEFAULT 'y'"),
        ("mailbox", "telephonenumber", "TEXT NOT NULL DEFAULT ''"),
        ("mailbox", "mobile", "TEXT NOT NULL DEFAULT ''"),
        ("mlmmj_subscribers", "kind", "TEXT NOT NULL DEFAULT 'normal'"),
        ("mlmmj_subscribers", "pending", "INTEGER NOT NULL DEFAULT 0"),
    };

    private static void AddMissingColumns(Db db)
    {
        foreach (var (table, column, definition) in AddedColumns)
        {
            var existing = db.Strings($"SELECT name FROM pragma_table_info('{table}')");
            if (!existing.Contains(column)) db.Exec($"ALTER TABLE {table} ADD COLUMN {column} {definition}");
        }
    }

    public static void Create(Db db)
    {
        var services = string.Join("", UserServices.Select(s => $"enable{s} INTEGER NOT NULL DEFAULT 1,\n"));
        db.Exec($"""
CREATE TABLE IF NOT EXISTS domain (
  domain TEXT PRIMARY KEY, description TEXT NOT NULL DEFAULT '', disclaimer TEXT NOT NULL DEFAULT '',
  aliases INTEGER NOT NULL DEFAULT 0, mailboxes INTEGER NOT NULL DEFAULT 0, maillists INTEGER NOT NULL DEFAULT 0,
  maxquota INTEGER NOT NULL DEFAULT 0, quota INTEGER NOT NULL DEFAULT 0,
  transport TEXT NOT NULL DEFAULT 'dovecot', backupmx INTEGER NOT NULL DEFAULT 0,
  settings TEXT NOT NULL DEFAULT '', created TEXT, modified TEXT, expired TEXT NOT NULL DEFAULT '9999-12-31T00:00:00',
  active INTEGER NOT NULL DEFAULT 1);
CREATE TABLE IF NOT EXISTS alias_domain (
  alias_domain TEXT PRIMARY KEY, target_domain TEXT NOT NULL, created TEXT, modified TEXT, active INTEGER NOT NULL DEFAULT 1);
CREATE TABLE IF NOT EXISTS domain_admins (
  username TEXT NOT NULL, domain TEXT NOT NULL, created TEXT, modified TEXT, expired TEXT NOT NULL DEFAULT '9999-12-31T00:00:00',
  active INTEGER NOT NULL DEFAULT 1, PRIMARY KEY (username, domain));
CREATE TABLE IF NOT EXISTS admin (
  username TEXT PRIMARY KEY, password TEXT NOT NULL, name TEXT NOT NULL DEFAULT '', language TEXT NOT NULL DEFAULT 'en_US',
  passwordlastchange TEXT, settings TEXT NOT NULL DEFAULT '', created TEXT, modified TEXT,
  expired TEXT NOT NULL DEFAULT '9999-12-31T00:00:00', active INTEGER NOT NULL DEFAULT 1);
CREATE TABLE IF NOT EXISTS mailbox (
  username TEXT PRIMARY KEY, password TEXT NOT NULL, name TEXT NOT NULL DEFAULT '',
  first_name TEXT NOT NULL DEFAULT '', last_name TEXT NOT NULL DEFAULT '', language TEXT NOT NULL DEFAULT '',
  storagebasedirectory TEXT NOT NULL DEFAULT '/var/vmail', storagenode TEXT NOT NULL DEFAULT 'vmail1',
  maildir TEXT NOT NULL DEFAULT '', quota INTEGER NOT NULL DEFAULT 0, domain TEXT NOT NULL,
  transport TEXT NOT NULL DEFAULT '', department TEXT NOT NULL DEFAULT '', rank TEXT NOT NULL DEFAULT 'normal',
  employeeid TEXT NOT NULL DEFAULT '', isadmin INTEGER NOT NULL DEFAULT 0, isglobaladmin INTEGER NOT NULL DEFAULT 0,
  {services}
  settings TEXT NOT NULL DEFAULT '', passwordlastchange TEXT, created TEXT, modified TEXT,
  expired TEXT NOT NULL DEFAULT '9999-12-31T00:00:00', active INTEGER NOT NULL DEFAULT 1, local_part TEXT NOT NULL DEFAULT '');
CREATE INDEX IF NOT EXISTS idx_mailbox_domain ON mailbox(domain, username);
CREATE TABLE IF NOT EXISTS alias (
  address TEXT PRIMARY KEY, name TEXT NOT NULL DEFAULT '', accesspolicy TEXT NOT NULL DEFAULT 'public', domain TEXT NOT NULL,
  created TEXT, modified TEXT, expired TEXT NOT NULL DEFAULT '9999-12-31T00:00:00', active INTEGER NOT NULL DEFAULT 1);
CREATE INDEX IF NOT EXISTS idx_alias_domain ON alias(domain, address);
CREATE TABLE IF NOT EXISTS forwardings (
  id INTEGER PRIMARY KEY AUTOINCREMENT, address TEXT NOT NULL, forwarding TEXT NOT NULL, domain TEXT NOT NULL,
  dest_domain TEXT NOT NULL DEFAULT '', is_maillist INTEGER NOT NULL DEFAULT 0, is_list INTEGER NOT NULL DEFAULT 0,
  is_forwarding INTEGER NOT NULL DEFAULT 0, is_alias INTEGER NOT NULL DEFAULT 0, active INTEGER NOT NULL DEFAULT 1,
  UNIQUE (address, forwarding));
CREATE INDEX IF NOT EXISTS idx_forwardings_fwd ON forwardings(forwarding);
CREATE INDEX IF NOT EXISTS idx_forwardings_domain ON forwardings(domain);
CREATE TABLE IF NOT EXISTS moderators (
  id INTEGER PRIMARY KEY AUTOINCREMENT, address TEXT NOT NULL, moderator TEXT NOT NULL, domain TEXT NOT NULL,
  dest_domain TEXT NOT NULL DEFAULT '', UNIQUE (address, moderator));
CREATE TABLE IF NOT EXISTS maillists (
  address TEXT PRIMARY KEY, domain TEXT NOT NULL, transport TEXT NOT NULL DEFAULT '', accesspolicy TEXT NOT NULL DEFAULT 'public',
  maxmsgsize INTEGER NOT NULL DEFAULT 0, name TEXT NOT NULL DEFAULT '', description TEXT NOT NULL DEFAULT '',
  mlid TEXT NOT NULL DEFAULT '', is_newsletter INTEGER NOT NULL DEFAULT 0, settings TEXT NOT NULL DEFAULT '',
  created TEXT, modified TEXT, expired TEXT NOT NULL DEFAULT '9999-12-31T00:00:00', active INTEGER NOT NULL DEFAULT 1);
CREATE TABLE IF NOT EXISTS maillist_owners (
  id INTEGER PRIMARY KEY AUTOINCREMENT, address TEXT NOT NULL, owner TEXT NOT NULL, domain TEXT NOT NULL,
  dest_domain TEXT NOT NULL DEFAULT '', UNIQUE (address, owner));
CREATE TABLE IF NOT EXISTS mlmmj_subscribers (
  address TEXT NOT NULL, subscriber TEXT NOT NULL, PRIMARY KEY (address, subscriber));
CREATE TABLE IF NOT EXISTS deleted_maillists (
  id INTEGER PRIMARY KEY AUTOINCREMENT, address TEXT NOT NULL, domain TEXT NOT NULL, archived INTEGER NOT NULL, deleted TEXT);
CREATE TABLE IF NOT EXISTS ldap_maillists (
  address TEXT PRIMARY KEY, domain TEXT NOT NULL, name TEXT NOT NULL DEFAULT '', accesspolicy TEXT NOT NULL DEFAULT 'public',
  created TEXT, active INTEGER NOT NULL DEFAULT 1);
CREATE TABLE IF NOT EXISTS ldap_maillist_members (
  address TEXT NOT NULL, member TEXT NOT NULL, PRIMARY KEY (address, member));
CREATE TABLE IF NOT EXISTS sender_bcc_domain (
  domain TEXT PRIMARY KEY, bcc_address TEXT NOT NULL, created TEXT, modified TEXT, active INTEGER NOT NULL DEFAULT 1);
CREATE TABLE IF NOT EXISTS recipient_bcc_domain (
  domain TEXT PRIMARY KEY, bcc_address TEXT NOT NULL, created TEXT, modified TEXT, active INTEGER NOT NULL DEFAULT 1);
CREATE TABLE IF NOT EXISTS sender_bcc_user (
  username TEXT PRIMARY KEY, bcc_address TEXT NOT NULL, domain TEXT NOT NULL, created TEXT, modified TEXT, active INTEGER NOT NULL DEFAULT 1);
CREATE TABLE IF NOT EXISTS recipient_bcc_user (
  username TEXT PRIMARY KEY, bcc_address TEXT NOT NULL, domain TEXT NOT NULL, created TEXT, modified TEXT, active INTEGER NOT NULL DEFAULT 1);
CREATE TABLE IF NOT EXISTS sender_relayhost (
  id INTEGER PRIMARY KEY AUTOINCREMENT, account TEXT NOT NULL UNIQUE, relayhost TEXT NOT NULL DEFAULT '');
CREATE TABLE IF NOT EXISTS used_quota (
  username TEXT PRIMARY KEY, bytes INTEGER NOT NULL DEFAULT 0, messages INTEGER NOT NULL DEFAULT 0, domain TEXT NOT NULL DEFAULT '');
CREATE TABLE IF NOT EXISTS last_login (
  username TEXT PRIMARY KEY, domain TEXT NOT NULL DEFAULT '', imap INTEGER, pop3 INTEGER, lda INTEGER);
CREATE TABLE IF NOT EXISTS deleted_mailboxes (
  id INTEGER PRIMARY KEY AUTOINCREMENT, timestamp TEXT, username TEXT NOT NULL, domain TEXT NOT NULL,
  maildir TEXT NOT NULL DEFAULT '', admin TEXT NOT NULL DEFAULT '', delete_date TEXT);
-- amavisd
CREATE TABLE IF NOT EXISTS policy (
  id INTEGER PRIMARY KEY AUTOINCREMENT, policy_name TEXT NOT NULL,
  virus_lover TEXT, spam_lover TEXT, unchecked_lover TEXT, banned_files_lover TEXT, bad_header_lover TEXT,
  bypass_virus_checks TEXT, bypass_spam_checks TEXT, bypass_banned_checks TEXT, bypass_header_checks TEXT,
  spam_modifies_subj TEXT, virus_quarantine_to TEXT, spam_quarantine_to TEXT, banned_quarantine_to TEXT,
  unchecked_quarantine_to TEXT, bad_header_quarantine_to TEXT, clean_quarantine_to TEXT, archive_quarantine_to TEXT,
  spam_tag_level REAL, spam_tag2_level REAL, spam_tag3_level REAL, spam_kill_level REAL, spam_dsn_cutoff_level REAL,
  spam_quarantine_cutoff_level REAL, addr_extension_virus TEXT, addr_extension_spam TEXT, addr_extension_banned TEXT,
  addr_extension_bad_header TEXT, warnvirusrecip TEXT, warnbannedrecip TEXT, warnbadhrecip TEXT, newvirus_admin TEXT,
  virus_admin TEXT, banned_admin TEXT, bad_header_admin TEXT, spam_admin TEXT, spam_subject_tag TEXT,
  spam_subject_tag2 TEXT, spam_subject_tag3 TEXT, message_size_limit INTEGER, banned_rulenames TEXT,
  disclaimer_options TEXT, forward_method TEXT, sa_userconf TEXT, sa_username TEXT);
CREATE TABLE IF NOT EXISTS users (
  id INTEGER PRIMARY KEY AUTOINCREMENT, priority INTEGER NOT NULL DEFAULT 7, policy_id INTEGER NOT NULL DEFAULT 0,
  email TEXT NOT NULL UNIQUE, fullname TEXT);
CREATE TABLE IF NOT EXISTS mailaddr (
  id INTEGER PRIMARY KEY AUTOINCREMENT, priority INTEGER NOT NULL DEFAULT 7, email TEXT NOT NULL UNIQUE);
CREATE TABLE IF NOT EXISTS wblist (rid INTEGER NOT NULL, sid INTEGER NOT NULL, wb TEXT NOT NULL, PRIMARY KEY (rid, sid));
CREATE TABLE IF NOT EXISTS outbound_wblist (rid INTEGER NOT NULL, sid INTEGER NOT NULL, wb TEXT NOT NULL, PRIMARY KEY (rid, sid));
-- iRedAPD
CREATE TABLE IF NOT EXISTS throttle (
  id INTEGER PRIMARY KEY AUTOINCREMENT, account TEXT NOT NULL, kind TEXT NOT NULL DEFAULT 'outbound',
  priority INTEGER NOT NULL DEFAULT 0, period INTEGER NOT NULL DEFAULT 0, msg_size INTEGER NOT NULL DEFAULT -1,
  max_msgs INTEGER NOT NULL DEFAULT -1, max_quota INTEGER NOT NULL DEFAULT -1, max_rcpts INTEGER NOT NULL DEFAULT -1,
  UNIQUE (account, kind));
CREATE TABLE IF NOT EXISTS greylisting (
  id INTEGER PRIMARY KEY AUTOINCREMENT, account TEXT NOT NULL, priority INTEGER NOT NULL DEFAULT 0,
  sender TEXT NOT NULL, sender_priority INTEGER NOT NULL DEFAULT 0, comment TEXT NOT NULL DEFAULT '',
  active INTEGER NOT NULL DEFAULT 1, UNIQUE (account, sender));
CREATE TABLE IF NOT EXISTS greylisting_whitelists (
  id INTEGER PRIMARY KEY AUTOINCREMENT, account TEXT NOT NULL, sender TEXT NOT NULL, comment TEXT NOT NULL DEFAULT '',
  UNIQUE (account, sender));
CREATE TABLE IF NOT EXISTS greylisting_whitelist_domains (
  id INTEGER PRIMARY KEY AUTOINCREMENT, domain TEXT NOT NULL UNIQUE);
""");
        AddMissingColumns(db);
    }
}
