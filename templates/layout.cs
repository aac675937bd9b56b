<?cs # Page frame shared by every page: head, kop (letterhead), navigation, main, footer.
     The page template defines content() (and includes macros.cs) before including this file;
     it may set Page.BodyClass (the receipt does, for its print layout). ?><!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title><?cs if:Page.Title ?><?cs var:Page.Title ?> — <?cs /if ?>Sibina <?cs var:Office.ShortName ?></title>
<?cs if:Page.NoIndex ?><meta name="robots" content="noindex, nofollow">
<?cs /if ?><link rel="stylesheet" href="<?cs var:Site.Static ?>/sibina.css">
<link rel="stylesheet" href="<?cs var:Site.Static ?>/print.css" media="print">
<link rel="icon" href="<?cs var:Site.Static ?>/favicon.svg" type="image/svg+xml">
</head>
<body<?cs if:Page.BodyClass ?> class="<?cs var:Page.BodyClass ?>"<?cs /if ?>>
<a class="skip-link" href="#isi">Langsung ke isi</a>
<header class="site-header">
  <div class="wrap kop">
    <a class="kop-link" href="<?cs var:Site.BasePath ?>/">
      <span class="kop-gov"><?cs var:Office.Government ?></span>
      <span class="kop-name"><?cs var:Office.Name ?></span>
    </a>
    <p class="kop-app">Sibina · <?cs if:Page.Staff && User.id ?>Area Staf<?cs else ?>Standar Pelayanan Publik<?cs /if ?></p>
  </div><?cs
  # Staff pages (logged in): the staff menu, who is logged in, and the logout button. ?><?cs
  if:Page.Staff && User.id ?>
  <nav class="site-nav" aria-label="Menu staf">
    <ul class="wrap">
      <?cs # Lane roles: their inbox (the staff home, with the count of waiting cases) and all the
         cases they may see; administrators: the home page and their lists. ?><?cs
      if:!User.is_admin ?>
      <li><a href="<?cs var:Site.BasePath ?>/admin/"<?cs
        if:!Error.Status && (Page.Path == "/admin/" || Page.Path == "/admin") ?> aria-current="page"<?cs /if ?>>Kotak Masuk<?cs
        if:?User.inbox_count && User.inbox_count != "" ?> <span class="nav-count">(<?cs var:User.inbox_count ?>)</span><?cs /if ?></a></li>
      <li><a href="<?cs var:Site.BasePath ?>/admin/permohonan"<?cs
        if:!Error.Status && Page.Path == "/admin/permohonan" ?> aria-current="page"<?cs
        elif:!Error.Status && string.find(Page.Path, "/admin/permohonan/") == 0 ?> aria-current="true"<?cs /if ?>>Semua Permohonan</a></li>
      <li><a href="<?cs var:Site.BasePath ?>/admin/ekspor"<?cs
        if:!Error.Status && Page.Path == "/admin/ekspor" ?> aria-current="page"<?cs
        elif:!Error.Status && string.find(Page.Path, "/admin/ekspor/") == 0 ?> aria-current="true"<?cs /if ?>>Ekspor</a></li><?cs
      else ?>
      <li><a href="<?cs var:Site.BasePath ?>/admin/"<?cs
        if:!Error.Status && (Page.Path == "/admin/" || Page.Path == "/admin") ?> aria-current="page"<?cs /if ?>>Beranda</a></li><?cs /if ?><?cs
      # The dashboard: the office's leaders and the administrator (main_admin.c). ?><?cs
      if:User.is_admin || User.role == "kepala_dinas" || User.role == "sekretaris" || User.role == "kepala_bidang" ?>
      <li><a href="<?cs var:Site.BasePath ?>/admin/dasbor"<?cs
        if:!Error.Status && Page.Path == "/admin/dasbor" ?> aria-current="page"<?cs /if ?>>Dasbor</a></li><?cs /if ?><?cs
      # Complaints: those who handle them (main_admin.c), with the count not closed yet. ?><?cs
      if:?User.complaint_count ?>
      <li><a href="<?cs var:Site.BasePath ?>/admin/pengaduan"<?cs
        if:!Error.Status && Page.Path == "/admin/pengaduan" ?> aria-current="page"<?cs
        elif:!Error.Status && string.find(Page.Path, "/admin/pengaduan/") == 0 ?> aria-current="true"<?cs /if ?>>Pengaduan <span class="nav-count">(<?cs var:User.complaint_count ?> terbuka)</span></a></li><?cs /if ?><?cs
      if:User.is_admin ?>
      <li><a href="<?cs var:Site.BasePath ?>/admin/pengguna"<?cs
        if:!Error.Status && Page.Path == "/admin/pengguna" ?> aria-current="page"<?cs
        elif:!Error.Status && string.find(Page.Path, "/admin/pengguna/") == 0 ?> aria-current="true"<?cs /if ?>>Pengguna</a></li>
      <li><a href="<?cs var:Site.BasePath ?>/admin/unit"<?cs
        if:!Error.Status && Page.Path == "/admin/unit" ?> aria-current="page"<?cs
        elif:!Error.Status && string.find(Page.Path, "/admin/unit/") == 0 ?> aria-current="true"<?cs /if ?>>Unit</a></li>
      <li><a href="<?cs var:Site.BasePath ?>/admin/standar"<?cs
        if:!Error.Status && Page.Path == "/admin/standar" ?> aria-current="page"<?cs
        elif:!Error.Status && string.find(Page.Path, "/admin/standar/") == 0 ?> aria-current="true"<?cs /if ?>>Standar Pelayanan</a></li>
      <li><a href="<?cs var:Site.BasePath ?>/admin/kalender"<?cs
        if:!Error.Status && Page.Path == "/admin/kalender" ?> aria-current="page"<?cs /if ?>>Kalender Kerja</a></li><?cs /if ?>
      <li><a href="<?cs var:Site.BasePath ?>/admin/sandi"<?cs
        if:!Error.Status && Page.Path == "/admin/sandi" ?> aria-current="page"<?cs /if ?>>Ganti Kata Sandi</a></li>
    </ul>
  </nav>
  <div class="staff-bar">
    <div class="wrap">
      <p class="staff-who"><span class="sr-only">Anda masuk sebagai </span><strong><?cs var:User.name ?></strong>
        <span class="staff-role"><?cs var:User.role_label ?><?cs if:User.unit_name ?>, <?cs var:User.unit_name ?><?cs /if ?></span></p>
      <form class="logout-form" method="post" action="<?cs var:Site.BasePath ?>/admin/keluar">
        <input type="hidden" name="csrf" value="<?cs var:CSRF.token ?>">
        <button type="submit" class="btn btn-quiet">Keluar</button>
      </form>
    </div>
  </div><?cs
  else ?>
  <nav class="site-nav" aria-label="Menu utama">
    <ul class="wrap">
      <?cs # The home link is current on "/" (with or without the base path); error pages mark nothing. ?>
      <li><a href="<?cs var:Site.BasePath ?>/"<?cs
        if:!Error.Status && (Page.Path == "/" || Page.Path == Site.BasePath + "/") ?> aria-current="page"<?cs /if ?>>Beranda</a></li>
      <?cs # Service pages live under /layanan/; the list of services is on the home page. ?>
      <li><a href="<?cs var:Site.BasePath ?>/#layanan"<?cs
        if:!Error.Status && string.find(Page.Path, "/layanan/") >= 0 ?> aria-current="true"<?cs /if ?>>Standar Pelayanan</a></li>
      <?cs # Tracking: the form and its result, /lacak with or without ?kode=. ?>
      <li><a href="<?cs var:Site.BasePath ?>/lacak"<?cs
        if:!Error.Status && string.find(Page.Path, "/lacak") == 0 ?> aria-current="page"<?cs /if ?>>Lacak Permohonan</a></li>
    </ul>
  </nav><?cs /if ?>
</header>
<main id="isi" class="page" tabindex="-1">
<?cs call:content() ?>
</main>
<footer class="site-footer">
  <div class="wrap">
    <p class="foot-name"><?cs var:Office.Name ?><br><?cs var:Office.Government ?></p>
    <address>
      <?cs var:Office.Address ?><br>
      Telepon: <?cs var:Office.Phone ?><?cs if:Office.Website ?><br>
      Situs web: <?cs call:website_link(Office.Website) ?><?cs /if ?>
    </address>
  </div>
</footer>
</body>
</html>
