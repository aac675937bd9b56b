<?cs # Receipt of a request (tanda terima), made to be printed on A4: office header, code, time,
     business, service, the files received and the status. ?><?cs
include:"macros.cs" ?><?cs
set:Page.BodyClass = "page-receipt" ?><?cs
def:content() ?>
<p class="no-print receipt-help">Untuk mencetak atau menyimpan tanda terima ini sebagai PDF,
gunakan menu Cetak pada peramban Anda. <a href="<?cs var:Site.BasePath ?>/permohonan/<?cs var:Request.tracking_code ?>">Kembali ke halaman permohonan</a></p>
<article class="receipt" aria-labelledby="tanda-terima-judul">
  <header class="receipt-kop">
    <p class="rk-gov"><?cs var:Office.Government ?></p>
    <p class="rk-name"><?cs var:Office.Name ?></p>
    <p class="rk-addr"><?cs var:Office.Address ?><br>Telepon: <?cs var:Office.Phone ?></p>
  </header>
  <h1 id="tanda-terima-judul">Tanda Terima Permohonan</h1>
  <p class="receipt-code">Kode pelacakan<br><span class="tracking-code"><?cs var:Request.tracking_code ?></span></p>
  <dl class="facts">
    <div><dt>Layanan</dt><dd><?cs var:Service.name ?></dd></div>
    <div><dt>Diterima pada</dt><dd><?cs var:Request.submitted_text ?></dd></div>
    <div><dt>Nama usaha atau koperasi</dt><dd><?cs var:Request.business_name ?></dd></div>
    <div><dt>Jenis pemohon</dt><dd><?cs var:Request.applicant_type_label ?></dd></div>
    <div><dt>Status</dt><dd><?cs var:Request.status_label ?></dd></div>
  </dl>
  <h2>Berkas yang diterima</h2><?cs
  if:subcount(Files) == 0 ?>
  <p>Tidak ada berkas.</p><?cs
  else ?>
  <div class="table-scroll" tabindex="0" role="region" aria-label="Daftar berkas yang diterima">
    <table class="files">
      <thead>
        <tr>
          <th scope="col">No.</th>
          <th scope="col">Berkas</th>
          <th scope="col">Jenis</th>
          <th scope="col">Ukuran</th>
          <th scope="col">Sidik SHA-256 (awal)</th>
        </tr>
      </thead>
      <tbody><?cs set:Receipt.FileNo = 0 ?><?cs each:f = Files ?><?cs set:Receipt.FileNo = #Receipt.FileNo + 1 ?>
        <tr>
          <td><?cs var:Receipt.FileNo ?></td>
          <td><?cs var:f.kind_label ?></td>
          <td><?cs var:f.type_label ?></td>
          <td class="nowrap"><?cs var:f.size_text ?></td>
          <td><code><?cs var:f.sha256_short ?></code></td>
        </tr><?cs /each ?>
      </tbody>
    </table>
  </div><?cs /if ?>
  <p>Permohonan ini dapat dilacak dengan kode pelacakan di atas melalui menu Lacak
  Permohonan<?cs if:Site.BaseUrl ?> di <span class="nowrap"><?cs var:Site.BaseUrl ?><?cs var:Site.BasePath ?>/lacak</span><?cs /if ?>.</p>
  <p class="receipt-note">Tanda terima ini dibuat secara otomatis oleh sistem Sibina
  <?cs var:Office.Name ?>.</p>
</article>
<?cs /def ?><?cs
include:"layout.cs" ?>
