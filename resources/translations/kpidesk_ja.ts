<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About KPI Desk</source>
        <translation>KPI Desk について</translation>
    </message>
    <message>
        <source>KPI Desk %1</source>
        <translation>KPI Desk %1</translation>
    </message>
    <message>
        <source>Plan, track and review sales KPIs.</source>
        <translation>営業KPIの計画・進捗管理・振り返り。</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>KPI Desk is MIT-licensed. It ships:</source>
        <translation>KPI Desk は MIT ライセンスです。同梱しているもの：</translation>
    </message>
    <message>
        <source>Qt is used under the LGPL v3 as shared libraries, which you may replace. The font is a renamed subset of Noto Sans CJK JP, as the OFL requires.</source>
        <translation>Qt は LGPL v3 のもとで共有ライブラリとして使用しており、差し替えることができます。フォントは Noto Sans CJK JP のサブセットで、OFL の定めにより名前を変えています。</translation>
    </message>
</context>
<context>
    <name>AchievementPage</name>
    <message>
        <source>Achievement by KPI</source>
        <translation>KPI別の達成率</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>達成率</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Achievement: %1</source>
        <translation>達成率：%1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状況：%1</translation>
    </message>
</context>
<context>
    <name>ActualsGrid</name>
    <message>
        <source>KPI:</source>
        <translation>KPI：</translation>
    </message>
    <message>
        <source>A rate or a price is not added up over days: no total.</source>
        <translation>率や単価は日ごとに合計しないため、合計はありません。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Month&apos;s total — %1</source>
        <translation>今月の合計 — %1</translation>
    </message>
    <message>
        <source>Actuals of “%1” by day and rep</source>
        <translation>「%1」の実績（日別・担当者別）</translation>
    </message>
</context>
<context>
    <name>ActualsModel</name>
    <message>
        <source>Team</source>
        <translation>チーム</translation>
    </message>
    <message>
        <source>M/d (ddd)</source>
        <translation>M/d（ddd）</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>コピーを保存(&amp;C)…</translation>
    </message>
    <message>
        <source>Restore From &amp;Backup…</source>
        <translation>バックアップから復元(&amp;B)…</translation>
    </message>
    <message>
        <source>Could not back up the plan: %1</source>
        <translation>プランをバックアップできませんでした: %1</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>コピーを保存</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>コピーを %1 に保存しました</translation>
    </message>
    <message>
        <source>Open Backup as New File</source>
        <translation>バックアップを新しいファイルとして開く</translation>
    </message>
    <message>
        <source>Replace “%1” with its backup of %2? The plan as it is now is backed up first.</source>
        <translation>「%1」を %2 のバックアップで置き換えますか？ 現在のプランは先にバックアップされます。</translation>
    </message>
    <message>
        <source>The latest backup of this plan is from %1.</source>
        <translation>このプランの最新のバックアップは %1 のものです。</translation>
    </message>
    <message>
        <source>KPI Desk</source>
        <translation>KPI Desk</translation>
    </message>
    <message>
        <source>Restore From Backup…</source>
        <translation>バックアップから復元…</translation>
    </message>
    <message>
        <source>Restore From Backup</source>
        <translation>バックアップから復元</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>バックアップ日時</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>プラン</translation>
    </message>
    <message>
        <source>KGI</source>
        <translation>KGI</translation>
    </message>
    <message>
        <source>Last edit</source>
        <translation>最終編集</translation>
    </message>
</context>
<context>
    <name>ChartPage</name>
    <message>
        <source>No data yet</source>
        <translation>まだデータがありません</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Cumulative</source>
        <translation>累計</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>達成率</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>担当者別</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>ファネル</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>推移</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>KPI Desk headless commands</source>
        <translation>KPI Desk のコマンド（画面なしで実行）</translation>
    </message>
    <message>
        <source>create a plan file</source>
        <translation>プランファイルを作成する</translation>
    </message>
    <message>
        <source>the plan file to create (.kpidesk)</source>
        <translation>作成するプランファイル（.kpidesk）</translation>
    </message>
    <message>
        <source>fill it with the demo plan</source>
        <translation>デモプランを入れる</translation>
    </message>
    <message>
        <source>build it from a plan definition (YAML)</source>
        <translation>プラン定義ファイル（YAML）から作成する</translation>
    </message>
    <message>
        <source>start from a template</source>
        <translation>テンプレートから作成する</translation>
    </message>
    <message>
        <source>the plan&apos;s name</source>
        <translation>プラン名</translation>
    </message>
    <message>
        <source>replace an existing file</source>
        <translation>既存のファイルを置き換える</translation>
    </message>
    <message>
        <source>language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>print the KPI tree with its figures</source>
        <translation>KPIツリーと数値を表示する</translation>
    </message>
    <message>
        <source>list the backups of a plan (newest first)</source>
        <translation>プランのバックアップを一覧表示する（新しい順）</translation>
    </message>
    <message>
        <source>the plan file (.kpidesk)</source>
        <translation>プランファイル（.kpidesk）</translation>
    </message>
    <message>
        <source>the backups of every plan</source>
        <translation>すべてのプランのバックアップ</translation>
    </message>
    <message>
        <source>open a backup as a new file, or put it back in place</source>
        <translation>バックアップを新しいファイルとして開くか、元の場所に戻す</translation>
    </message>
    <message>
        <source>the backup, by the name `kpidesk backups` shows</source>
        <translation>バックアップ（`kpidesk backups` が表示する名前）</translation>
    </message>
    <message>
        <source>write it as this new plan file</source>
        <translation>この新しいプランファイルとして書き出す</translation>
    </message>
    <message>
        <source>replace this plan with it (the plan is backed up first)</source>
        <translation>このプランを置き換える（プランは先にバックアップされます）</translation>
    </message>
    <message>
        <source>Give a plan file, or --all.</source>
        <translation>プランファイルか --all を指定してください。</translation>
    </message>
    <message>
        <source>No backups in %1</source>
        <translation>%1 にバックアップはありません</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>There is no backup “%1” in %2</source>
        <translation>%2 にバックアップ「%1」はありません</translation>
    </message>
    <message>
        <source>Replaced %1 with its backup of %2; the plan as it was is backup %3</source>
        <translation>%1 を %2 のバックアップで置き換えました。置き換える前のプランはバックアップ %3 です</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>機械処理用の出力（JSON）</translation>
    </message>
    <message>
        <source>money in 万円</source>
        <translation>金額を万円で表示</translation>
    </message>
    <message>
        <source>the period holding this month (the current one by default)</source>
        <translation>この月を含む期間（省略時は現在の期間）</translation>
    </message>
    <message>
        <source>progress as of this day (today)</source>
        <translation>この日時点の進捗（省略時は今日）</translation>
    </message>
    <message>
        <source>load actuals from a CSV or Excel export of a CRM</source>
        <translation>CRMから書き出したCSVまたはExcelの実績を読み込む</translation>
    </message>
    <message>
        <source>the CSV or .xlsx file</source>
        <translation>CSVまたは.xlsxファイル</translation>
    </message>
    <message>
        <source>the date column (name or number)</source>
        <translation>日付の列（列名または列番号）</translation>
    </message>
    <message>
        <source>the value column</source>
        <translation>値の列</translation>
    </message>
    <message>
        <source>the column of KPI names</source>
        <translation>KPI名の列</translation>
    </message>
    <message>
        <source>one KPI for every row, by name</source>
        <translation>全行に共通のKPI（名前で指定）</translation>
    </message>
    <message>
        <source>the column of rep names (optional)</source>
        <translation>担当者名の列（省略可）</translation>
    </message>
    <message>
        <source>the Excel sheet (the first by default)</source>
        <translation>Excelのシート（省略時は最初のシート）</translation>
    </message>
    <message>
        <source>read the column mapping from JSON</source>
        <translation>列の対応をJSONから読み込む</translation>
    </message>
    <message>
        <source>save the column mapping to JSON for next time</source>
        <translation>列の対応を次回のためにJSONへ保存する</translation>
    </message>
    <message>
        <source>also load rows dated after today or outside the plan&apos;s period</source>
        <translation>今日より後の日付やプランの期間外の行も取り込む</translation>
    </message>
    <message>
        <source>plain numbers in a rate column: percent (0.2 = 0.2 %) or fraction</source>
        <translation>率の列の%記号のない数値の読み方: percent (0.2 = 0.2 %) または fraction (0.2 = 20 %)</translation>
    </message>
    <message>
        <source>write the actuals as CSV (as import reads it)</source>
        <translation>実績をCSVに書き出す（importで読み込める形式）</translation>
    </message>
    <message>
        <source>the CSV file to write</source>
        <translation>書き出すCSVファイル</translation>
    </message>
    <message>
        <source>print the plan&apos;s definition as YAML</source>
        <translation>プランの定義をYAMLで出力する</translation>
    </message>
    <message>
        <source>write the definition to this file instead</source>
        <translation>標準出力の代わりにこのファイルへ書き出す</translation>
    </message>
    <message>
        <source>write the meeting report as PDF (no display needed)</source>
        <translation>会議資料をPDFで書き出す（画面は不要）</translation>
    </message>
    <message>
        <source>the PDF to write</source>
        <translation>書き出すPDFファイル</translation>
    </message>
    <message>
        <source>paper size (A4, or Letter where that is the custom)</source>
        <translation>用紙サイズ（A4、またはレター）</translation>
    </message>
    <message>
        <source>landscape</source>
        <translation>横向き</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>新しいプラン</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>%1 を作成しました</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 を書き出しました</translation>
    </message>
    <message>
        <source>Give --date and --value (or --mapping).</source>
        <translation>--date と --value（または --mapping）を指定してください。</translation>
    </message>
    <message>
        <source>Imported %1 values from %2 rows.</source>
        <translation>%2行から%1件の値を読み込みました。</translation>
    </message>
    <message>
        <source>Wrote %1 actuals to %2</source>
        <translation>%1件の実績を %2 に書き出しました</translation>
    </message>
    <message>
        <source>Wrote %1 pages to %2</source>
        <translation>%1ページを %2 に書き出しました</translation>
    </message>
    <message>
        <source>“%1” is not a date such as 2026-12-11.</source>
        <translation>「%1」は 2026-12-11 のような日付ではありません。</translation>
    </message>
    <message>
        <source>The plan has no period holding %1.</source>
        <translation>%1 を含む期間はこのプランにありません。</translation>
    </message>
    <message>
        <source>reopen the most recent closed period so its actuals can change</source>
        <translation>最後に締めた期間を再オープンし、実績を変更できるようにする</translation>
    </message>
    <message>
        <source>the closed period holding this month</source>
        <translation>この月を含む締め済みの期間</translation>
    </message>
    <message>
        <source>why it is reopened (kept with it)</source>
        <translation>再オープンする理由(期間と一緒に記録されます)</translation>
    </message>
    <message>
        <source>close the reopened period again</source>
        <translation>再オープンした期間をもう一度締める</translation>
    </message>
    <message>
        <source>Reopened %1 to %2: its actuals can be changed again.</source>
        <translation>%1〜%2 の期間を再オープンしました。実績を再び変更できます。</translation>
    </message>
    <message>
        <source>Closed %1 to %2 again.</source>
        <translation>%1〜%2 の期間をもう一度締めました。</translation>
    </message>
    <message>
        <source>Reopened %1: %2</source>
        <translation>%1 に再オープン: %2</translation>
    </message>
    <message>
        <source> (closed again %1)</source>
        <translation>(%1 に再度締め)</translation>
    </message>
    <message>
        <source>write a package for each active rep (or one rep)</source>
        <translation>有効な担当者ごと（または1人）にパッケージを書き出す</translation>
    </message>
    <message>
        <source>the folder to write to</source>
        <translation>書き出し先のフォルダー</translation>
    </message>
    <message>
        <source>only this rep</source>
        <translation>この担当者のみ</translation>
    </message>
    <message>
        <source>preview and load the reps&apos; packages</source>
        <translation>担当者のパッケージをプレビューして取り込む</translation>
    </message>
    <message>
        <source>package files (.kpirep) or folders</source>
        <translation>パッケージファイル（.kpirep）またはフォルダー</translation>
    </message>
    <message>
        <source>for a value changed on both sides: keep the plan&apos;s or the rep&apos;s</source>
        <translation>両方で変更された値：プランの値と担当者の値のどちらを残すか</translation>
    </message>
    <message>
        <source>show the preview only</source>
        <translation>プレビューのみ表示する</translation>
    </message>
    <message>
        <source>list a KPI&apos;s actuals with who entered them and when</source>
        <translation>KPIの実績を入力者と入力日時とともに一覧表示する</translation>
    </message>
    <message>
        <source>the KPI&apos;s name or id</source>
        <translation>KPIの名前またはID</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>JSONで出力する</translation>
    </message>
    <message>
        <source>list the reps&apos; cause and action notes of the period</source>
        <translation>担当者が書いた期間の要因・対策メモを一覧表示する</translation>
    </message>
    <message>
        <source>Wrote %1 rep packages to “%2”.</source>
        <translation>担当者パッケージを%1件「%2」に書き出しました。</translation>
    </message>
    <message>
        <source>Dry run: nothing was loaded.</source>
        <translation>ドライラン：何も取り込んでいません。</translation>
    </message>
    <message>
        <source>Loaded %1 values from %2 packages; %3 refused.</source>
        <translation>%2件のパッケージから%1件の値を取り込みました。拒否：%3件。</translation>
    </message>
    <message>
        <source>%1 (%2): refused. %3</source>
        <translation>%1（%2）：拒否しました。%3</translation>
    </message>
    <message>
        <source>  note: %1: cause “%2”, action “%3”</source>
        <translation>  メモ：%1：要因「%2」、対策「%3」</translation>
    </message>
    <message>
        <source>takes the package&apos;s</source>
        <translation>パッケージの値を採用</translation>
    </message>
    <message>
        <source>keeps the plan&apos;s</source>
        <translation>プランの値を維持</translation>
    </message>
    <message>
        <source>plan %1, package %2 (was %3): %4</source>
        <translation>プラン %1、パッケージ %2（送付時 %3）：%4</translation>
    </message>
    <message>
        <source>team</source>
        <translation>チーム</translation>
    </message>
    <message>
        <source>%1, %2: cause “%3”, action “%4” (%5)</source>
        <translation>%1、%2：要因「%3」、対策「%4」（%5）</translation>
    </message>
    <message>
        <source>The plan has no KPI named “%1”.</source>
        <translation>プランに「%1」という名前のKPIはありません。</translation>
    </message>
    <message>
        <source>load the ヨミ list (deals) from a CRM export</source>
        <translation>CRM のエクスポートからヨミ表（案件）を読み込む</translation>
    </message>
    <message>
        <source>the deal name column</source>
        <translation>案件名の列</translation>
    </message>
    <message>
        <source>the amount column</source>
        <translation>金額の列</translation>
    </message>
    <message>
        <source>the expected close date column</source>
        <translation>受注予定日の列</translation>
    </message>
    <message>
        <source>the rank (A/B/C) or probability column</source>
        <translation>ヨミ（A/B/C）または確度の列</translation>
    </message>
    <message>
        <source>the note column</source>
        <translation>メモの列</translation>
    </message>
    <message>
        <source>the state column (open, won, lost)</source>
        <translation>状態の列（open、won、lost）</translation>
    </message>
    <message>
        <source>write the ヨミ list as CSV (as import-yomi reads it)</source>
        <translation>ヨミ表を CSV に書き出す（import-yomi で読める形式）</translation>
    </message>
    <message>
        <source>Wrote %1 deals to %2</source>
        <translation>%1 件の案件を %2 に書き出しました</translation>
    </message>
    <message>
        <source>Imported %1 deals from %2 rows.</source>
        <translation>%2 行から %1 件の案件を読み込みました。</translation>
    </message>
    <message>
        <source>“%1” is listed %2 times for the same rep (merge in the window).</source>
        <translation>「%1」が同じ担当者で %2 回あります（ウィンドウで統合してください）。</translation>
    </message>
    <message>
        <source>Give --name (or --mapping).</source>
        <translation>--name（または --mapping）を指定してください。</translation>
    </message>
</context>
<context>
    <name>Clipboard</name>
    <message>
        <source>Copy Table</source>
        <translation>表をコピー</translation>
    </message>
    <message>
        <source>Copy the selected cells, or the whole table, for Excel (%1)</source>
        <translation>選んだセル（なければ表全体）を Excel 用にコピー (%1)</translation>
    </message>
    <message>
        <source>Copy Chart</source>
        <translation>グラフをコピー</translation>
    </message>
    <message>
        <source>Copy the chart as a picture, for slides and mail (%1)</source>
        <translation>グラフを画像としてコピー（スライドやメール用）(%1)</translation>
    </message>
</context>
<context>
    <name>ClosingDaysDialog</name>
    <message>
        <source>Closing Days</source>
        <translation>休業日</translation>
    </message>
    <message>
        <source>Closing days</source>
        <translation>締め日</translation>
    </message>
    <message>
        <source>Day to add</source>
        <translation>追加する日</translation>
    </message>
    <message>
        <source>e.g. year-end holidays</source>
        <translation>例：年末休業</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>No closing days yet: pick a day below, add a note, and press Add.</source>
        <translation>休業日はまだありません。下で日付を選び、「追加」を押してください。</translation>
    </message>
</context>
<context>
    <name>CollectDialog</name>
    <message>
        <source>Collect From Reps</source>
        <translation>担当者から回収</translation>
    </message>
    <message>
        <source>Reading %1 packages…</source>
        <translation>%1件のパッケージを読み込み中…</translation>
    </message>
    <message>
        <source>Rep / KPI</source>
        <translation>担当者 / KPI</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>In the plan</source>
        <translation>プランの値</translation>
    </message>
    <message>
        <source>In the package</source>
        <translation>パッケージの値</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>採用</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>取り込む</translation>
    </message>
    <message>
        <source>Read %1 of %2 packages…</source>
        <translation>%2件中%1件のパッケージを読み込みました…</translation>
    </message>
    <message>
        <source>The packages could not be read: %1</source>
        <translation>パッケージを読み込めませんでした：%1</translation>
    </message>
    <message>
        <source>%1 of %2 packages can be loaded. Nothing is written until you press Load.</source>
        <translation>%2件中%1件のパッケージを取り込めます。「取り込む」を押すまで何も書き込まれません。</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Cause: %1 / Action: %2</source>
        <translation>要因：%1 / 対策：%2</translation>
    </message>
    <message>
        <source>deal added</source>
        <translation>案件（追加）</translation>
    </message>
    <message>
        <source>deal changed</source>
        <translation>案件（変更）</translation>
    </message>
    <message>
        <source>deal removed</source>
        <translation>案件（削除）</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>自分の値を残す</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>相手の値を採用</translation>
    </message>
</context>
<context>
    <name>CriterionBox</name>
    <message>
        <source>Checked</source>
        <translation>確認済み</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Your own judgement, whatever the app&apos;s assessment says</source>
        <translation>アプリの判定とは別の、あなた自身の判断</translation>
    </message>
</context>
<context>
    <name>CumulativePage</name>
    <message>
        <source>Actual</source>
        <translation>実績</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>ペース</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>着地見込み</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>%1時点</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Actual: %1</source>
        <translation>実績：%1</translation>
    </message>
    <message>
        <source>Pace: %1</source>
        <translation>ペース：%1</translation>
    </message>
    <message>
        <source>Forecast: %1</source>
        <translation>着地見込み：%1</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>目標：%1</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Revenue</source>
        <translation>売上</translation>
    </message>
    <message>
        <source>Sales team plan (demo)</source>
        <translation>営業チーム計画（デモ）</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>成約件数</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>顧客単価</translation>
    </message>
    <message>
        <source>Prospects</source>
        <translation>見込み客数</translation>
    </message>
    <message>
        <source>Close rate</source>
        <translation>成約率</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>担当者</translation>
    </message>
</context>
<context>
    <name>Derived</name>
    <message>
        <source>derived: %1</source>
        <translation>導出：%1</translation>
    </message>
    <message>
        <source>derived from the formula of “%1”</source>
        <translation>「%1」の式から導出</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>Descriptions</name>
    <message>
        <source>The KPI tree: the KGI at the top and the KPIs that drive it below. Arrows move, F2 or typing edits a cell, F6 goes to the form.</source>
        <translation>KPIツリー：最上段が KGI、その下に KGI を動かす KPI が並びます。矢印キーで移動、F2 か入力でセルを編集、F6 でフォームへ移ります。</translation>
    </message>
    <message>
        <source>The plan&apos;s views: tree, diagram, actuals, progress, reviews and pipeline. Ctrl+Tab moves to the next one.</source>
        <translation>プランの表示：ツリー、ツリー図、実績、進捗、振り返り、ヨミ。Ctrl+Tab で次の表示へ移ります。</translation>
    </message>
    <message>
        <source>The selected KPI&apos;s details and its SMART check, side by side tabs.</source>
        <translation>選択中の KPI の詳細と SMART チェックを、並んだタブで表示します。</translation>
    </message>
    <message>
        <source>The five SMART criteria of the selected KPI, with ticks and notes.</source>
        <translation>選択中の KPI の SMART 5 項目（確認欄とメモ付き）。</translation>
    </message>
    <message>
        <source>Chooses the KPI this tab shows, without the Tree tab.</source>
        <translation>このタブに表示する KPI を、ツリーのタブに戻らずに選びます。</translation>
    </message>
    <message>
        <source>Shows the charts for the whole team or for one rep.</source>
        <translation>グラフをチーム全体か担当者 1 人について表示します。</translation>
    </message>
    <message>
        <source>The selected KPI&apos;s actuals by day and rep: type into a cell, paste from Excel, Ctrl+C copies.</source>
        <translation>選択中の KPI の実績（日別・担当者別）：セルに入力、Excel から貼り付け、Ctrl+C でコピーできます。</translation>
    </message>
    <message>
        <source>The KPI tree drawn as boxes; clicking a box selects its KPI.</source>
        <translation>KPIツリーを箱で描いた図です。箱をクリックするとその KPI を選択します。</translation>
    </message>
    <message>
        <source>Chooses which review is shown.</source>
        <translation>表示する振り返りを選びます。</translation>
    </message>
    <message>
        <source>Holds a new review: keeps every KPI&apos;s figures as of its day.</source>
        <translation>新しい振り返りを行います：その日時点のすべての KPI の数値を残します。</translation>
    </message>
    <message>
        <source>Deletes the review shown (Undo brings it back).</source>
        <translation>表示中の振り返りを削除します（元に戻すで戻せます）。</translation>
    </message>
    <message>
        <source>Notes on the whole review, kept as you type.</source>
        <translation>振り返り全体のメモ。入力した内容はそのまま保存されます。</translation>
    </message>
    <message>
        <source>The deals expected to close, ranked A, B or C, with their amounts.</source>
        <translation>受注が見込まれる案件（ヨミ A・B・C）とその金額。</translation>
    </message>
    <message>
        <source>The KPI&apos;s name, as the tree and the report show it.</source>
        <translation>KPI の名前。ツリーと会議資料にこの名前で表示されます。</translation>
    </message>
    <message>
        <source>What the KPI counts in: yen, a count, %, days or a unit.</source>
        <translation>KPI の単位：円、件数、%、日数、または独自の単位。</translation>
    </message>
    <message>
        <source>The name of your own unit, such as visits.</source>
        <translation>独自の単位の名前（例：訪問）。</translation>
    </message>
    <message>
        <source>How the KPI follows from its children: product, sum, formula…</source>
        <translation>子 KPI からこの KPI を求める方法：積、和、式など。</translation>
    </message>
    <message>
        <source>A formula over the children&apos;s names, such as 見込み客数 * 成約率.</source>
        <translation>子 KPI の名前を使った式（例：見込み客数 * 成約率）。</translation>
    </message>
    <message>
        <source>How much this KPI counts in its parent&apos;s weighted sum.</source>
        <translation>親の加重和でこの KPI が占める重み。</translation>
    </message>
    <message>
        <source>The KPI&apos;s target for the period; the KGI&apos;s target drives the whole tree. Type a number (1,000, 10万, 20 %), then Enter.</source>
        <translation>期間の KPI の目標。KGI の目標がツリー全体を決めます。数値（1,000、10万、20 % など）を入力して Enter を押します。</translation>
    </message>
    <message>
        <source>What the team plans to reach; the projection is worked out from it.</source>
        <translation>チームが達成する計画値。見込みはここから計算されます。</translation>
    </message>
    <message>
        <source>The plan per rep; the team&apos;s plan is it times the active reps.</source>
        <translation>担当者 1 人あたりの計画値。チームの計画値はこれに有効な担当者数を掛けた値です。</translation>
    </message>
    <message>
        <source>How the KPI is shared across reps: evenly, by capacity or fixed.</source>
        <translation>KPI を担当者にどう割り振るか：均等、能力比、固定額。</translation>
    </message>
    <message>
        <source>Whether its figures round up, down or not at all.</source>
        <translation>数値を切り上げるか、切り捨てるか、丸めないか。</translation>
    </message>
    <message>
        <source>Each rep&apos;s part of the KPI, and fixed amounts.</source>
        <translation>各担当者の割り当てと固定額。</translation>
    </message>
    <message>
        <source>Filters the tree to the KPIs that need a look.</source>
        <translation>見直しが必要な KPI だけをツリーに表示します。</translation>
    </message>
    <message>
        <source>What the KPI must reach for the KGI, worked out from the tree.</source>
        <translation>KGI のためにこの KPI が達成すべき値。ツリーから計算します。</translation>
    </message>
    <message>
        <source>The requirement for each rep.</source>
        <translation>担当者 1 人あたりの必要値。</translation>
    </message>
    <message>
        <source>Where the KPI lands with the plan values, worked out bottom-up.</source>
        <translation>計画値のとおりに進んだ場合の着地。下から積み上げて計算します。</translation>
    </message>
    <message>
        <source>Projected minus required: below zero falls short.</source>
        <translation>見込みから必要値を引いた差。マイナスは不足です。</translation>
    </message>
    <message>
        <source>Creates a plan from a template, in a file you name.</source>
        <translation>テンプレートから、名前を付けたファイルにプランを作成します。</translation>
    </message>
    <message>
        <source>Opens a plan file you choose.</source>
        <translation>選んだプランファイルを開きます。</translation>
    </message>
    <message>
        <source>Opens a copy of the demo plan: ¥10,000,000 broken down for 10 reps.</source>
        <translation>デモプランのコピーを開きます：¥10,000,000 を担当者 10 人に分解した例です。</translation>
    </message>
    <message>
        <source>Lists the backups of every plan, not only the open one.</source>
        <translation>開いているプランだけでなく、すべてのプランのバックアップを一覧表示します。</translation>
    </message>
    <message>
        <source>The backups, newest first, with their plan, KGI and last edit.</source>
        <translation>バックアップの一覧（新しい順）：プラン、KGI、最終編集。</translation>
    </message>
    <message>
        <source>Opens the chosen backup as a new file; the plan stays as it is.</source>
        <translation>選んだバックアップを新しいファイルとして開きます。プランはそのままです。</translation>
    </message>
    <message>
        <source>Puts the chosen backup in the plan&apos;s place; the plan is backed up first.</source>
        <translation>選んだバックアップでプランを置き換えます。現在のプランは先にバックアップされます。</translation>
    </message>
    <message>
        <source>The template the new plan starts from.</source>
        <translation>新しいプランのもとになるテンプレート。</translation>
    </message>
    <message>
        <source>Plans opened lately: Enter opens the one chosen.</source>
        <translation>最近開いたプラン。Enter で選んだプランを開きます。</translation>
    </message>
    <message>
        <source>The file&apos;s column that holds each row&apos;s date.</source>
        <translation>各行の日付が入ったファイルの列。</translation>
    </message>
    <message>
        <source>The file&apos;s column that holds each row&apos;s figure.</source>
        <translation>各行の数値が入ったファイルの列。</translation>
    </message>
    <message>
        <source>The file&apos;s column that names each row&apos;s KPI.</source>
        <translation>各行の KPI 名が入ったファイルの列。</translation>
    </message>
    <message>
        <source>Or the one KPI every row of the file is for.</source>
        <translation>または、ファイルのすべての行に共通の KPI。</translation>
    </message>
    <message>
        <source>The file&apos;s column that names each row&apos;s rep.</source>
        <translation>各行の担当者名が入ったファイルの列。</translation>
    </message>
    <message>
        <source>The first rows as they will be imported.</source>
        <translation>取り込まれるとおりに表示した最初の数行。</translation>
    </message>
    <message>
        <source>The paper size of the PDF: A4 or Letter.</source>
        <translation>PDF の用紙サイズ：A4 またはレター。</translation>
    </message>
    <message>
        <source>Portrait or landscape pages.</source>
        <translation>ページを縦向きにするか横向きにするか。</translation>
    </message>
    <message>
        <source>The file the PDF is written to.</source>
        <translation>PDF の書き出し先のファイル。</translation>
    </message>
    <message>
        <source>Chooses the PDF&apos;s folder and name in a file dialog.</source>
        <translation>ファイルダイアログで PDF のフォルダーと名前を選びます。</translation>
    </message>
    <message>
        <source>Opens the PDF in your viewer once it is written.</source>
        <translation>書き出した後に PDF をビューアーで開きます。</translation>
    </message>
    <message>
        <source>Writes the meeting report as a PDF.</source>
        <translation>会議資料を PDF に書き出します。</translation>
    </message>
    <message>
        <source>The plan&apos;s name, shown in the title and the report.</source>
        <translation>プランの名前。タイトルと会議資料に表示されます。</translation>
    </message>
    <message>
        <source>The reps: name, capacity and whether they are active.</source>
        <translation>担当者：名前、能力、有効かどうか。</translation>
    </message>
    <message>
        <source>Adds a rep to the team.</source>
        <translation>チームに担当者を追加します。</translation>
    </message>
    <message>
        <source>Removes the chosen rep from the team.</source>
        <translation>選んだ担当者をチームから外します。</translation>
    </message>
    <message>
        <source>Plans by month, quarter, half or fiscal year.</source>
        <translation>月、四半期、半期、年度のどれで計画するか。</translation>
    </message>
    <message>
        <source>The month your fiscal year starts in.</source>
        <translation>年度の始まりの月。</translation>
    </message>
    <message>
        <source>The month the plan&apos;s period starts in.</source>
        <translation>プランの期間が始まる月。</translation>
    </message>
    <message>
        <source>The next period keeps this period&apos;s targets.</source>
        <translation>次の期間もこの期間の目標を引き継ぎます。</translation>
    </message>
    <message>
        <source>The next period&apos;s KGI grows by the percentage typed.</source>
        <translation>次の期間の KGI を入力した割合だけ増やします。</translation>
    </message>
    <message>
        <source>The next period starts with the KGI target typed.</source>
        <translation>次の期間を入力した KGI 目標で始めます。</translation>
    </message>
    <message>
        <source>The percentage or the new KGI target.</source>
        <translation>割合、または新しい KGI 目標。</translation>
    </message>
    <message>
        <source>Confirms closing the period before its last day.</source>
        <translation>期間の最終日より前に締めることを確認します。</translation>
    </message>
    <message>
        <source>Freezes this period&apos;s figures and starts the next one.</source>
        <translation>この期間の数値を確定し、次の期間を始めます。</translation>
    </message>
    <message>
        <source>The periods closed so far, and their reopenings.</source>
        <translation>これまでに締めた期間と、その再オープンの記録。</translation>
    </message>
    <message>
        <source>Why the period is reopened; kept with the period.</source>
        <translation>期間を再オープンする理由。期間と一緒に記録されます。</translation>
    </message>
    <message>
        <source>Reopens the latest closed period to change actuals.</source>
        <translation>最後に締めた期間を再オープンし、実績を変更できるようにします。</translation>
    </message>
    <message>
        <source>Closes the reopened period and freezes it again.</source>
        <translation>再オープンした期間を締め、もう一度確定します。</translation>
    </message>
    <message>
        <source>Progress from this percentage up reads On track.</source>
        <translation>進捗がこの割合以上なら「順調」と表示します。</translation>
    </message>
    <message>
        <source>Progress below this percentage reads At risk.</source>
        <translation>進捗がこの割合未満なら「要注意」と表示します。</translation>
    </message>
    <message>
        <source>The company&apos;s own closing days: no business days.</source>
        <translation>会社独自の休業日。営業日に数えません。</translation>
    </message>
    <message>
        <source>The day to add as a closing day.</source>
        <translation>休業日として追加する日。</translation>
    </message>
    <message>
        <source>A note for the day, such as year-end holidays.</source>
        <translation>その日のメモ（例：年末休業）。</translation>
    </message>
    <message>
        <source>Adds the day as a closing day.</source>
        <translation>その日を休業日として追加します。</translation>
    </message>
    <message>
        <source>Removes the chosen closing day.</source>
        <translation>選んだ休業日を削除します。</translation>
    </message>
    <message>
        <source>Each driver&apos;s scenario value and how much +1 % moves the KGI.</source>
        <translation>各ドライバーのシナリオの値と、+1 % で KGI がどれだけ動くか。</translation>
    </message>
    <message>
        <source>Writes the scenario&apos;s values into the plan.</source>
        <translation>シナリオの値をプランに書き込みます。</translation>
    </message>
    <message>
        <source>Sets every driver back to the plan&apos;s value.</source>
        <translation>すべてのドライバーをプランの値に戻します。</translation>
    </message>
    <message>
        <source>The funnel&apos;s stages and each stage&apos;s conversion rate.</source>
        <translation>ファネルの各段階とその転換率。</translation>
    </message>
    <message>
        <source>Adds a stage to the funnel.</source>
        <translation>ファネルに段階を追加します。</translation>
    </message>
    <message>
        <source>Removes the chosen stage.</source>
        <translation>選んだ段階を削除します。</translation>
    </message>
    <message>
        <source>Weekly, monthly or half-yearly review.</source>
        <translation>週次、月次、半期の振り返り。</translation>
    </message>
    <message>
        <source>The day the review is held; figures are kept as of it.</source>
        <translation>振り返りを行う日。数値はこの日時点で残ります。</translation>
    </message>
    <message>
        <source>Opens a new review of the period.</source>
        <translation>期間の新しい振り返りを開きます。</translation>
    </message>
    <message>
        <source>Shows the KPIs that fall short of SMART.</source>
        <translation>SMART を満たさない KPI を表示します。</translation>
    </message>
    <message>
        <source>Closes the period and starts the next one.</source>
        <translation>期間を締めて次の期間を始めます。</translation>
    </message>
    <message>
        <source>Opens Reopen Period to close it again.</source>
        <translation>「期間の再オープン」を開いて、もう一度締めます。</translation>
    </message>
    <message>
        <source>Why the target changes; kept with the revision.</source>
        <translation>目標を変える理由。改定と一緒に記録されます。</translation>
    </message>
    <message>
        <source>The file&apos;s column that names each deal.</source>
        <translation>各案件の名前が入ったファイルの列。</translation>
    </message>
    <message>
        <source>The file&apos;s column with each deal&apos;s amount.</source>
        <translation>各案件の金額が入ったファイルの列。</translation>
    </message>
    <message>
        <source>The file&apos;s column with each deal&apos;s close date.</source>
        <translation>各案件の受注予定日が入ったファイルの列。</translation>
    </message>
    <message>
        <source>The file&apos;s column with each deal&apos;s rank or probability.</source>
        <translation>各案件のヨミ（ランク）または確度が入ったファイルの列。</translation>
    </message>
    <message>
        <source>The file&apos;s column with each deal&apos;s note.</source>
        <translation>各案件のメモが入ったファイルの列。</translation>
    </message>
    <message>
        <source>The file&apos;s column saying open, won or lost.</source>
        <translation>open、won、lost（受注・失注）を示すファイルの列。</translation>
    </message>
    <message>
        <source>What each rep wrote for this period.</source>
        <translation>この期間に各担当者が書いたメモ。</translation>
    </message>
    <message>
        <source>How to do the monthly loop, step by step.</source>
        <translation>月次サイクルの進め方を順に説明します。</translation>
    </message>
    <message>
        <source>The version, and the licences of the parts used.</source>
        <translation>バージョンと、使っている部品のライセンス。</translation>
    </message>
    <message>
        <source>Keeps what is chosen here and closes the dialog.</source>
        <translation>ここで選んだ内容を確定してダイアログを閉じます。</translation>
    </message>
    <message>
        <source>Closes the dialog and changes nothing.</source>
        <translation>何も変更せずにダイアログを閉じます。</translation>
    </message>
    <message>
        <source>Closes the dialog; what was changed in it is kept.</source>
        <translation>ダイアログを閉じます。ここで変更した内容は保存されています。</translation>
    </message>
    <message>
        <source>A tick box: Space ticks or clears it.</source>
        <translation>チェックボックス：スペースキーでチェックを付けたり外したりします。</translation>
    </message>
    <message>
        <source>One of a set of choices: the arrows pick another.</source>
        <translation>選択肢の一つ：矢印キーで別の選択肢を選びます。</translation>
    </message>
    <message>
        <source>A button: Space presses it.</source>
        <translation>ボタン：スペースキーで押します。</translation>
    </message>
    <message>
        <source>A choice: Up and Down change it, Alt+Down lists all.</source>
        <translation>選択欄：上下キーで変更し、Alt+下キーで一覧を開きます。</translation>
    </message>
    <message>
        <source>A value: type it, or Up and Down change it.</source>
        <translation>数値：入力するか、上下キーで変更します。</translation>
    </message>
    <message>
        <source>A field: type, then Enter or Tab keeps it.</source>
        <translation>入力欄：入力して Enter か Tab で確定します。</translation>
    </message>
    <message>
        <source>A tree: arrows move, Left and Right fold.</source>
        <translation>ツリー：矢印キーで移動し、左右キーで折りたたみ・展開します。</translation>
    </message>
    <message>
        <source>A list: Up and Down move through it.</source>
        <translation>リスト：上下キーで移動します。</translation>
    </message>
    <message>
        <source>A table: the arrows move between cells.</source>
        <translation>表：矢印キーでセル間を移動します。</translation>
    </message>
    <message>
        <source>Text to read: the arrows and Page Down scroll.</source>
        <translation>読むためのテキスト：矢印キーと Page Down でスクロールします。</translation>
    </message>
    <message>
        <source>A box for a few lines of text, kept as typed.</source>
        <translation>数行のテキストを書く欄。入力したとおりに保存されます。</translation>
    </message>
    <message>
        <source>Tabs: Ctrl+Tab moves to the next one.</source>
        <translation>タブ：Ctrl+Tab で次のタブへ移ります。</translation>
    </message>
    <message>
        <source>Tabs: Left and Right move between them.</source>
        <translation>タブ：左右キーでタブを切り替えます。</translation>
    </message>
    <message>
        <source>An area that scrolls: the arrows move through it.</source>
        <translation>スクロールする領域：矢印キーで移動します。</translation>
    </message>
    <message>
        <source>A figure worked out by KPI Desk: select it to copy it.</source>
        <translation>KPI Desk が計算した数値：選択してコピーできます。</translation>
    </message>
</context>
<context>
    <name>DiagramPanel</name>
    <message>
        <source>Zoom In</source>
        <translation>拡大</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>全体表示</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>PNGで書き出し…</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>SVGで書き出し…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy the diagram as a picture and as SVG, for slides (%1)</source>
        <translation>ツリー図を画像と SVG としてコピー（スライド用）(%1)</translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation>ツリー図の書き出し</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>「%1」に書き込めませんでした：%2</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>&amp;New Plan…</source>
        <translation>新しいプラン(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Import Actuals…</source>
        <translation>実績の取り込み(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export Actuals as CSV…</source>
        <translation>実績をCSVで書き出し(&amp;E)…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>PDFで書き出し(&amp;D)…</translation>
    </message>
    <message>
        <source>Open Plan</source>
        <translation>プランを開く</translation>
    </message>
    <message>
        <source>New Plan</source>
        <translation>新しいプラン</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>新しいプラン</translation>
    </message>
    <message>
        <source>No recent plans</source>
        <translation>最近使ったプランはありません</translation>
    </message>
    <message>
        <source>Save Plan As</source>
        <translation>名前を付けてプランを保存</translation>
    </message>
    <message>
        <source>Import Actuals</source>
        <translation>実績の取り込み</translation>
    </message>
    <message>
        <source>CSV or Excel (*.csv *.tsv *.txt *.xlsx)</source>
        <translation>CSVまたはExcel (*.csv *.tsv *.txt *.xlsx)</translation>
    </message>
    <message>
        <source>Export Actuals</source>
        <translation>実績の書き出し</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Wrote %1 actuals to %2</source>
        <translation>%1件の実績を %2 に書き出しました</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <source>KPI Desk</source>
        <translation>KPI Desk</translation>
    </message>
    <message>
        <source>KPI Desk plans (*%1)</source>
        <translation>KPI Desk プラン (*%1)</translation>
    </message>
</context>
<context>
    <name>FunnelDialog</name>
    <message>
        <source>Build Funnel</source>
        <translation>ファネルの作成</translation>
    </message>
    <message>
        <source>Stages from the top of the funnel down to “%1”. Each rate is the share of a stage that reaches the next one.</source>
        <translation>ファネルの上流から「%1」までの段階です。各段階の率は、次の段階へ進む割合です。</translation>
    </message>
    <message>
        <source>Funnel stages</source>
        <translation>ファネルの段階</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>段階</translation>
    </message>
    <message>
        <source>Rate into the next stage (%)</source>
        <translation>次の段階への移行率（%）</translation>
    </message>
    <message>
        <source>Add Stage</source>
        <translation>段階を追加</translation>
    </message>
    <message>
        <source>Remove Stage</source>
        <translation>段階を削除</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>架電数</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>接続数</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>アポイント件数</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>訪問数</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>提案数</translation>
    </message>
</context>
<context>
    <name>FunnelPage</name>
    <message>
        <source>Funnel</source>
        <translation>ファネル</translation>
    </message>
    <message>
        <source>%1 (%2 of previous)</source>
        <translation>%1（前段階の%2）</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>段階</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Rate from previous</source>
        <translation>前段階からの率</translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation>値：%1</translation>
    </message>
    <message>
        <source>From previous: %1</source>
        <translation>前段階から：%1</translation>
    </message>
</context>
<context>
    <name>GapSection</name>
    <message>
        <source>No KPI with drivers had actuals on the review&apos;s day, so there is no gap to split.</source>
        <translation>振り返りの日には、要素を持つKPIに実績がなかったため、差を分解できません。</translation>
    </message>
    <message>
        <source>Gap of</source>
        <translation>差の分解:</translation>
    </message>
    <message>
        <source>the plan to date (the pace)</source>
        <translation>その日までの計画(ペース)</translation>
    </message>
    <message>
        <source>the plan</source>
        <translation>計画</translation>
    </message>
    <message>
        <source>How far “%1” was from %2 on the review&apos;s day, and how much each driver contributed. The parts are Shapley values: they add up exactly to the gap.</source>
        <translation>振り返りの日に「%1」が%2からどれだけ離れていたか、そして各要素がどれだけ寄与したかを示します。各寄与はシャープレイ値で、合計は差とちょうど一致します。</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>KPI Desk Guide</source>
        <translation>KPI Desk ガイド</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>ガイド</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>KPI Desk &amp;Guide</source>
        <translation>KPI Desk ガイド(&amp;G)</translation>
    </message>
    <message>
        <source>Open &amp;Demo Plan</source>
        <translation>デモプランを開く(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;About KPI Desk</source>
        <translation>KPI Desk について(&amp;A)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import Actuals — %1</source>
        <translation>実績の取り込み — %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>(choose a column)</source>
        <translation>（列を選んでください）</translation>
    </message>
    <message>
        <source>(from the KPI column)</source>
        <translation>（KPI列から）</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>率</translation>
    </message>
    <message>
        <source>Preview of the rows to import</source>
        <translation>取り込む行のプレビュー</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>取り込む</translation>
    </message>
    <message>
        <source>Date column</source>
        <translation>日付の列</translation>
    </message>
    <message>
        <source>Value column</source>
        <translation>値の列</translation>
    </message>
    <message>
        <source>KPI column</source>
        <translation>KPIの列</translation>
    </message>
    <message>
        <source>Or one KPI for every row</source>
        <translation>または全行共通のKPI</translation>
    </message>
    <message>
        <source>Rep column</source>
        <translation>担当者の列</translation>
    </message>
    <message>
        <source>Choose the column of dates and the column of values above.</source>
        <translation>上で日付の列と値の列を選んでください。</translation>
    </message>
    <message>
        <source>Nothing can be imported with these columns.</source>
        <translation>この列の選び方では取り込めません。</translation>
    </message>
    <message>
        <source>…and %1 more rows with errors.</source>
        <translation>…ほかにエラーのある行が %1 行あります。</translation>
    </message>
    <message>
        <source>…and %1 more rows dated after today or outside the period.</source>
        <translation>…ほかに今日より後か期間外の日付の行が %1 行あります。</translation>
    </message>
    <message>
        <source>%1 rows read; %2 have errors. Nothing is imported until every row is right.</source>
        <translation>%1 行を読みました。%2 行にエラーがあります。すべての行が正しくなるまで何も取り込みません。</translation>
    </message>
    <message>
        <source>%1 rows read; there are no values to import.</source>
        <translation>%1 行を読みました。取り込む値はありません。</translation>
    </message>
    <message>
        <source>%1 rows read, %2 values. Tick the box below to import them.</source>
        <translation>%1 行を読みました（値 %2 件）。取り込むには下のチェックボックスをオンにしてください。</translation>
    </message>
    <message>
        <source>%1 rows read, %2 values will be imported.</source>
        <translation>%1 行を読みました。値 %2 件を取り込みます。</translation>
    </message>
    <message>
        <source>%1 and the team</source>
        <translation>%1 名とチーム全体</translation>
    </message>
    <message>
        <source>Imported %1 rows: %2 values. KPIs: %3, reps: %4, days: %5 (%6 to %7).</source>
        <translation>%1 行を取り込みました（値 %2 件）。KPI: %3、担当者: %4、日数: %5（%6〜%7）。</translation>
    </message>
    <message>
        <source>Load the %1 rows dated after today or outside the plan&apos;s period too</source>
        <translation>今日より後の日付またはプランの期間外の %1 行も取り込む</translation>
    </message>
</context>
<context>
    <name>KpiChooser</name>
    <message>
        <source>KPI shown</source>
        <translation>表示する KPI</translation>
    </message>
    <message>
        <source>The KPI shown on this tab; the tree and the form follow</source>
        <translation>このタブに表示する KPI（ツリーと詳細も切り替わります）</translation>
    </message>
</context>
<context>
    <name>LockMessages</name>
    <message>
        <source>“%1” was still marked as open by %2, a KPI Desk that is no longer running; the file passed its check and is now opened here.</source>
        <translation>「%1」は %2 の KPI Desk で開いたままになっていましたが、その KPI Desk はもう動いていません。ファイルを検査して問題がなかったので、ここで開きます。</translation>
    </message>
    <message>
        <source>in a folder synced by %1</source>
        <translation>%1 で同期されるフォルダー</translation>
    </message>
    <message>
        <source>on a network drive (%1)</source>
        <translation>ネットワークドライブ（%1）</translation>
    </message>
    <message>
        <source>This plan is %1. A SQLite file there can be damaged while it syncs, and two people can overwrite each other&apos;s changes. Keep the team&apos;s plan on one computer and share rep packages through the shared folder instead.</source>
        <translation>このプランは%1にあります。そこにある SQLite ファイルは同期中に壊れることがあり、二人が互いの変更を上書きしてしまうこともあります。チームのプランは1台のパソコンに置き、共有フォルダーでは担当者パッケージをやり取りしてください。</translation>
    </message>
    <message>
        <source>This plan is open read-only, so it cannot be changed here. Nothing was changed.</source>
        <translation>このプランは読み取り専用で開いているため、ここでは変更できません。何も変更していません。</translation>
    </message>
    <message>
        <source>%1 on “%2” took this plan over while this KPI Desk was not responding (asleep, say), so nothing was changed. Open the plan again to see it as it is now.</source>
        <translation>この KPI Desk が応答していない間（スリープ中など）に、「%2」の %1 がこのプランを引き継いだため、何も変更していません。今の内容を見るには、プランを開き直してください。</translation>
    </message>
</context>
<context>
    <name>LockPrompt</name>
    <message>
        <source>“%1” is open for editing in KPI Desk by %2 on the computer “%3” since %4.</source>
        <translation>「%1」は %4 から、パソコン「%3」で %2 が KPI Desk で編集中です。</translation>
    </message>
    <message>
        <source>Plan in Use</source>
        <translation>プランは使用中です</translation>
    </message>
    <message>
        <source>Only one person can change a plan at a time. You can open it read-only: you see its figures, they refresh when the file changes, and nothing can be changed.</source>
        <translation>プランを変更できるのは一度に一人だけです。読み取り専用で開くことはできます。数値を見ることができ、ファイルが変わると表示も更新されますが、何も変更できません。</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>読み取り専用で開く</translation>
    </message>
    <message>
        <source>Plan Was Not Closed</source>
        <translation>プランが正しく閉じられていません</translation>
    </message>
    <message>
        <source>“%1” was still marked as open by %2 on “%3” (since %4), but that KPI Desk is no longer running. The file was checked and is fine; it is now open here for editing.</source>
        <translation>「%1」は「%3」の %2 が（%4 から）開いたままになっていましたが、その KPI Desk はもう動いていません。ファイルを検査して問題がなかったので、ここで編集用に開きました。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Reps: %1</source>
        <translation>担当者：%1人</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>KPI tree</source>
        <translation>KPIツリー</translation>
    </message>
    <message>
        <source>The selected KPI</source>
        <translation>選択中のKPI</translation>
    </message>
    <message>
        <source>Show Money in 万円</source>
        <translation>金額を万円で表示</translation>
    </message>
    <message>
        <source>&amp;Expand All</source>
        <translation>すべて展開(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったプラン(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>プラン(&amp;P)</translation>
    </message>
    <message>
        <source>Tea&amp;m</source>
        <translation>チーム(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>振り返り(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>KPI Desk</source>
        <translation>KPI Desk</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Cannot compute: “%1” is 0, and the calculation divides by it.</source>
        <translation>計算できません：「%1」が0のため、割り算ができません。</translation>
    </message>
    <message>
        <source>Cannot compute: a quotient needs exactly two children.</source>
        <translation>計算できません：割り算の関係には子がちょうど2つ必要です。</translation>
    </message>
    <message>
        <source>Cannot compute: an input node cannot have children.</source>
        <translation>計算できません：入力項目は子を持てません。</translation>
    </message>
    <message>
        <source>Cannot compute: “%1” has no target yet.</source>
        <translation>計算できません：「%1」の目標が未入力です。</translation>
    </message>
    <message>
        <source>No plan value for “%1” yet.</source>
        <translation>「%1」の計画値が未入力です。</translation>
    </message>
    <message>
        <source>No plan yet: no KPI has a plan value.</source>
        <translation>計画はまだありません：計画値が入力された KPI がありません。</translation>
    </message>
    <message>
        <source>No plan yet: waiting for the plan value of “%1”.</source>
        <translation>計画はまだありません：「%1」の計画値の入力待ちです。</translation>
    </message>
    <message>
        <source>Cannot compute because “%1” cannot be computed.</source>
        <translation>「%1」が計算できないため計算できません。</translation>
    </message>
    <message>
        <source>The team has no active reps.</source>
        <translation>チームに有効な担当者がいません。</translation>
    </message>
    <message>
        <source>Cannot compute: “%1” has no formula yet.</source>
        <translation>計算できません：「%1」の計算式が未入力です。</translation>
    </message>
    <message>
        <source>No actual for “%1” yet.</source>
        <translation>「%1」の実績はまだありません。</translation>
    </message>
    <message>
        <source>The period has not started yet.</source>
        <translation>期間はまだ始まっていません。</translation>
    </message>
    <message>
        <source>The period is over and “%1” missed its target.</source>
        <translation>期間が終了し、「%1」は目標に届きませんでした。</translation>
    </message>
    <message>
        <source>The period has no business days.</source>
        <translation>期間に営業日がありません。</translation>
    </message>
    <message>
        <source>Cannot compute: the formula of “%1” cannot be read.</source>
        <translation>計算できません：「%1」の計算式を読み取れません。</translation>
    </message>
    <message>
        <source>Cannot compute: the formula uses “%1”, which is not a child KPI.</source>
        <translation>計算できません：計算式の「%1」は子KPIではありません。</translation>
    </message>
    <message>
        <source>No value of this KPI reaches the goal with the other values given.</source>
        <translation>他の値がこのままでは、このKPIをどんな値にしても目標に届きません。</translation>
    </message>
    <message>
        <source>Cannot compute: the parent&apos;s formula does not use “%1”.</source>
        <translation>計算できません：親の計算式が「%1」を使っていません。</translation>
    </message>
    <message>
        <source>The requirement of “%1” is negative and cannot be split across reps.</source>
        <translation>「%1」の必要値が負のため、担当者に配分できません。</translation>
    </message>
    <message>
        <source>The fixed shares of “%1” add up to more than the team figure.</source>
        <translation>「%1」の固定配分の合計がチーム全体の値を超えています。</translation>
    </message>
    <message>
        <source>No rep without a fixed share has any capacity to take the rest of “%1”.</source>
        <translation>固定配分のない担当者の稼働力がすべて0のため、「%1」の残りを配分できません。</translation>
    </message>
    <message>
        <source>A fixed share of “%1” must be a whole number.</source>
        <translation>「%1」の固定配分は整数で入力してください。</translation>
    </message>
    <message>
        <source>“%1” has no KPIs below it, so its gap cannot be split into drivers.</source>
        <translation>「%1」の下にKPIがないため、差を要因に分けられません。</translation>
    </message>
    <message>
        <source>Too many KPIs below this one changed at once to split its gap.</source>
        <translation>このKPIの下で同時に変わったKPIが多すぎるため、差を要因に分けられません。</translation>
    </message>
    <message>
        <source>The gap of “%1” cannot be split: a mix of planned and actual figures divides by 0.</source>
        <translation>「%1」の差を要因に分けられません：計画値と実績値の組み合わせで0による割り算になります。</translation>
    </message>
    <message>
        <source>“%1” is not a number. Type digits, such as 1200 or 20.</source>
        <translation>「%1」は数値ではありません。1200 や 20 のように数字で入力してください。</translation>
    </message>
    <message>
        <source>This value cannot be negative.</source>
        <translation>この値は負にできません。</translation>
    </message>
    <message>
        <source>A rate cannot be above 100 %.</source>
        <translation>率は100%を超えられません。</translation>
    </message>
    <message>
        <source>The name cannot be empty.</source>
        <translation>名前を空にはできません。</translation>
    </message>
    <message>
        <source>The name is too long (at most %1 characters).</source>
        <translation>名前が長すぎます（%1文字まで）。</translation>
    </message>
    <message>
        <source>A node with children is computed from them; it cannot be an input.</source>
        <translation>子を持つKPIは子から計算されるため、入力項目にはできません。</translation>
    </message>
    <message>
        <source>A quotient has exactly two children: numerator and denominator.</source>
        <translation>割り算の関係には子がちょうど2つ（分子と分母）必要です。</translation>
    </message>
    <message>
        <source>The KGI is the root of the plan and cannot be deleted.</source>
        <translation>KGIはプランの根なので削除できません。</translation>
    </message>
    <message>
        <source>This node&apos;s plan is computed from its children.</source>
        <translation>このKPIの計画値は子から計算されます。</translation>
    </message>
    <message>
        <source>The KGI is the goal itself; it is set, not solved for.</source>
        <translation>KGIは目標そのものなので、逆算ではなく直接設定します。</translation>
    </message>
    <message>
        <source>That KPI no longer exists.</source>
        <translation>そのKPIはもう存在しません。</translation>
    </message>
    <message>
        <source>That rep no longer exists.</source>
        <translation>その担当者はもう存在しません。</translation>
    </message>
    <message>
        <source>“At risk below” must not be above “on track at or above”.</source>
        <translation>「要注意の基準」は「順調の基準」より高くできません。</translation>
    </message>
    <message>
        <source>The business days must be in order, each once.</source>
        <translation>営業日は重複なく順番に並べてください。</translation>
    </message>
    <message>
        <source>%1 belongs to a closed period; its actuals are kept as they were.</source>
        <translation>%1 は締め済みの期間に含まれるため、実績は変更できません。</translation>
    </message>
    <message>
        <source>Set the plan&apos;s period first (Plan → Set Period…).</source>
        <translation>先にプランの期間を設定してください（プラン → 期間の設定…）。</translation>
    </message>
    <message>
        <source>Enter the new target for the KGI.</source>
        <translation>KGIの新しい目標を入力してください。</translation>
    </message>
    <message>
        <source>Say why the period is reopened; the reason is kept with it.</source>
        <translation>期間を再オープンする理由を入力してください。理由は期間と一緒に記録されます。</translation>
    </message>
    <message>
        <source>No period has been closed yet.</source>
        <translation>締めた期間はまだありません。</translation>
    </message>
    <message>
        <source>Only the most recent closed period (from %1) can be reopened.</source>
        <translation>再オープンできるのは最後に締めた期間(%1 から)だけです。</translation>
    </message>
    <message>
        <source>The period from %1 is already reopened; close it again first.</source>
        <translation>%1 からの期間はすでに再オープンされています。先にもう一度締めてください。</translation>
    </message>
    <message>
        <source>No closed period is reopened.</source>
        <translation>再オープン中の期間はありません。</translation>
    </message>
    <message>
        <source>The period from %1 is already closed. Set a later period (Plan → Set Period…), or reopen it (Plan → Reopen Period…) to change its actuals.</source>
        <translation>%1 からの期間はすでに締めています。後の期間を設定するか(プラン → 期間の設定…)、実績を変更するには再オープンしてください(プラン → 期間を再オープン…)。</translation>
    </message>
    <message>
        <source>The period from %1 is reopened: close it again (Plan → Reopen Period…) before starting the next period.</source>
        <translation>%1 からの期間が再オープン中です。次の期間を開始する前に、もう一度締めてください(プラン → 期間を再オープン…)。</translation>
    </message>
    <message>
        <source>The period is under way: say why the target changes, so the review can read it.</source>
        <translation>期間が始まっています。振り返りで読めるよう、目標を変える理由を入力してください。</translation>
    </message>
    <message>
        <source>There is already a review of this kind on %1.</source>
        <translation>%1 には同じ種類の振り返りがすでにあります。</translation>
    </message>
    <message>
        <source>That review no longer exists.</source>
        <translation>その振り返りはもう存在しません。</translation>
    </message>
    <message>
        <source>A month is a number from 1 to 12.</source>
        <translation>月は1から12の数字で指定してください。</translation>
    </message>
    <message>
        <source>%1 rows cannot be imported; nothing was imported.</source>
        <translation>%1行を読み込めないため、何も読み込みませんでした。</translation>
    </message>
    <message>
        <source>“%1” cannot be read.</source>
        <translation>「%1」を読み込めません。</translation>
    </message>
    <message>
        <source>“%1” files cannot be imported: use CSV or Excel (.xlsx).</source>
        <translation>「%1」形式のファイルは読み込めません。CSVまたはExcel（.xlsx）を使ってください。</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>「%1」は空です。</translation>
    </message>
    <message>
        <source>The file&apos;s characters cannot be read: save it as UTF-8 or Shift_JIS.</source>
        <translation>ファイルの文字を読み取れません。UTF-8 または Shift_JIS で保存してください。</translation>
    </message>
    <message>
        <source>The workbook has no sheet “%1”.</source>
        <translation>ブックにシート「%1」がありません。</translation>
    </message>
    <message>
        <source>The file has no column “%1”.</source>
        <translation>ファイルに列「%1」がありません。</translation>
    </message>
    <message>
        <source>Choose the column of KPI names, or one KPI for the whole file.</source>
        <translation>KPI名の列か、ファイル全体に共通のKPIを指定してください。</translation>
    </message>
    <message>
        <source>The saved column mapping has an unknown key “%1”.</source>
        <translation>保存された列の対応に不明なキー「%1」があります。</translation>
    </message>
    <message>
        <source>The plan has no KPI named “%1”.</source>
        <translation>プランに「%1」というKPIはありません。</translation>
    </message>
    <message>
        <source>Use at most %1 decimal places.</source>
        <translation>小数点以下は%1桁までにしてください。</translation>
    </message>
    <message>
        <source>Type a formula, such as Prospects * Close rate.</source>
        <translation>「見込み客数 * 成約率」のように計算式を入力してください。</translation>
    </message>
    <message>
        <source>The formula cannot be read at character %1: “%2”.</source>
        <translation>計算式の%1文字目を読み取れません：「%2」</translation>
    </message>
    <message>
        <source>The formula is nested too deeply (at most %1 levels).</source>
        <translation>計算式の入れ子が深すぎます（%1段まで）。</translation>
    </message>
    <message>
        <source>“%1” contains every kind of closing quote, so a formula cannot name it. Rename the KPI first.</source>
        <translation>「%1」にはすべての種類の閉じ括弧が含まれるため、計算式で参照できません。先にKPI名を変更してください。</translation>
    </message>
    <message>
        <source>“%1” is not the name of a child KPI.</source>
        <translation>「%1」は子KPIの名前ではありません。</translation>
    </message>
    <message>
        <source>The KGI stays at the root of the plan.</source>
        <translation>KGIはプランの根から移動できません。</translation>
    </message>
    <message>
        <source>A KPI cannot be moved under itself or one of its own children.</source>
        <translation>KPIを自分自身やその子の下へは移動できません。</translation>
    </message>
    <message>
        <source>A KPI tree has at most %1 levels; this would go deeper.</source>
        <translation>KPIツリーは%1階層までです。これ以上深くはできません。</translation>
    </message>
    <message>
        <source>A funnel is built under a KPI that has no children yet.</source>
        <translation>ファネルは、まだ子を持たないKPIに作成します。</translation>
    </message>
    <message>
        <source>Add at least one stage to the funnel.</source>
        <translation>ファネルに段階を1つ以上追加してください。</translation>
    </message>
    <message>
        <source>Every stage needs a conversion rate into the next.</source>
        <translation>各段階に次の段階への移行率を入力してください。</translation>
    </message>
    <message>
        <source>A fixed share of a count must be whole.</source>
        <translation>件数の固定配分は整数で入力してください。</translation>
    </message>
    <message>
        <source>The plan definition cannot be read: YAML error on line %1.</source>
        <translation>プラン定義を読み取れません：%1行目にYAMLの誤りがあります。</translation>
    </message>
    <message>
        <source>The plan definition has the key “%2” twice (line %1).</source>
        <translation>プラン定義でキー「%2」が重複しています（%1行目）。</translation>
    </message>
    <message>
        <source>expected keys with values (key: value)</source>
        <translation>「キー: 値」の形式が必要です</translation>
    </message>
    <message>
        <source>expected a list (lines starting with “- ”)</source>
        <translation>リスト（「- 」で始まる行）が必要です</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>文字列が必要です</translation>
    </message>
    <message>
        <source>expected a number, such as 1200, 0.5 or 20%</source>
        <translation>1200、0.5、20% のような数値が必要です</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true または false が必要です</translation>
    </message>
    <message>
        <source>this key is not part of a plan definition</source>
        <translation>プラン定義にないキーです</translation>
    </message>
    <message>
        <source>this key is required</source>
        <translation>このキーは必須です</translation>
    </message>
    <message>
        <source>the name cannot be empty</source>
        <translation>名前を空にはできません</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>名前が長すぎます</translation>
    </message>
    <message>
        <source>this name is already used here</source>
        <translation>この名前はすでに使われています</translation>
    </message>
    <message>
        <source>the unit cannot be empty</source>
        <translation>単位を空にはできません</translation>
    </message>
    <message>
        <source>the unit is already a unit of your own; leave out unit_label</source>
        <translation>単位がすでに独自の単位です。unit_label は省略してください</translation>
    </message>
    <message>
        <source>use product, sum, weighted_sum, quotient, formula or input</source>
        <translation>product、sum、weighted_sum、quotient、formula、input のいずれかを指定してください</translation>
    </message>
    <message>
        <source>use auto, up, down, nearest or none</source>
        <translation>auto、up、down、nearest、none のいずれかを指定してください</translation>
    </message>
    <message>
        <source>use every_stage or at_end</source>
        <translation>every_stage または at_end を指定してください</translation>
    </message>
    <message>
        <source>use none, even or capacity</source>
        <translation>none、even、capacity のいずれかを指定してください</translation>
    </message>
    <message>
        <source>a KPI with children needs a relation, such as product or sum</source>
        <translation>子を持つKPIには product や sum などの関係が必要です</translation>
    </message>
    <message>
        <source>a KPI with children is computed from them; it cannot be an input</source>
        <translation>子を持つKPIは子から計算されるため、入力項目にはできません</translation>
    </message>
    <message>
        <source>a quotient has exactly two children: numerator and denominator</source>
        <translation>商の関係には子がちょうど2つ（分子と分母）必要です</translation>
    </message>
    <message>
        <source>only one child of a KPI can be computed from it (solve: true)</source>
        <translation>親から逆算できる子は1つだけです（solve: true）</translation>
    </message>
    <message>
        <source>the KGI is the goal itself; it is not solved for</source>
        <translation>KGIは目標そのものなので、逆算の対象にはできません</translation>
    </message>
    <message>
        <source>a KPI with children gets its plan from them; leave out plan</source>
        <translation>子を持つKPIの計画値は子から計算されます。plan は省略してください</translation>
    </message>
    <message>
        <source>only a percent KPI takes values in %</source>
        <translation>%で入力できるのは率のKPIだけです</translation>
    </message>
    <message>
        <source>this value cannot be negative</source>
        <translation>この値は負にできません</translation>
    </message>
    <message>
        <source>a rate cannot be above 100 %</source>
        <translation>率は100%を超えられません</translation>
    </message>
    <message>
        <source>there is no rep of this name on the team</source>
        <translation>この名前の担当者はチームにいません</translation>
    </message>
    <message>
        <source>this definition is for a newer version of KPI Desk</source>
        <translation>この定義は新しいバージョンの KPI Desk 用です</translation>
    </message>
    <message>
        <source>the format version must be 1</source>
        <translation>形式のバージョンは 1 にしてください</translation>
    </message>
    <message>
        <source>expected a month, such as 2025-04</source>
        <translation>2025-04 のような年月が必要です</translation>
    </message>
    <message>
        <source>a plan has at most 10,000 KPIs</source>
        <translation>1つのプランのKPIは10,000個までです</translation>
    </message>
    <message>
        <source>a KPI tree has at most %1 levels</source>
        <translation>KPIツリーは%1階層までです</translation>
    </message>
    <message>
        <source>The plan definition is invalid: %1.</source>
        <translation>プラン定義が正しくありません：%1。</translation>
    </message>
    <message>
        <source>The plan definition is invalid at “%1”: %2.</source>
        <translation>プラン定義の「%1」が正しくありません：%2。</translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>ファイル「%1」は存在しません。</translation>
    </message>
    <message>
        <source>“%1” is not a KPI Desk plan. The file was left untouched.</source>
        <translation>「%1」は KPI Desk のプランではありません。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of KPI Desk (file format %2). Please update KPI Desk to open it. The file was left untouched.</source>
        <translation>「%1」は新しいバージョンの KPI Desk で作成されています（ファイル形式 %2）。開くには KPI Desk を更新してください。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>“%1” was saved by KPI Desk %2, which is newer than this one (%3). Please update KPI Desk to version %2 or later to open it. The file was left untouched.</source>
        <translation>「%1」はこの KPI Desk（%3）より新しい KPI Desk %2 で保存されています。開くには KPI Desk をバージョン %2 以降に更新してください。ファイルには手を加えていません。</translation>
    </message>
    <message>
        <source>“%1” is read-only, so changes could not be saved to it.</source>
        <translation>「%1」は読み取り専用のため、変更を保存できません。</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened. The file was left untouched.</source>
        <translation>「%1」は壊れているため開けません。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>“%1” already exists.</source>
        <translation>「%1」はすでに存在します。</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>フォルダー「%1」は存在しません。</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>「%1」に書き込めませんでした：%2</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation>「%1」を読み込めませんでした：%2</translation>
    </message>
    <message>
        <source>“%1” is open for editing in KPI Desk by %2, so it was left untouched. Close it there first; show and export still work.</source>
        <translation>「%1」は %2 が KPI Desk で編集中のため、変更しませんでした。先にそちらで閉じてください。show と export は使えます。</translation>
    </message>
    <message>
        <source>Another program is writing to this plan. Nothing was changed; try again in a moment.</source>
        <translation>別のプログラムがこのプランに書き込み中です。何も変更されていません。少し待ってからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was changed; free some space and try again.</source>
        <translation>ディスクがいっぱいです。何も変更されていません。空き容量を確保してからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The plan file or its folder is read-only. Nothing was changed.</source>
        <translation>プランのファイルまたはフォルダーが読み取り専用です。何も変更されていません。</translation>
    </message>
    <message>
        <source>The plan file is damaged. Nothing was changed.</source>
        <translation>プランのファイルが破損しています。何も変更されていません。</translation>
    </message>
    <message>
        <source>The plan file could not be written (%1). Nothing was changed.</source>
        <translation>プランのファイルに書き込めませんでした（%1）。何も変更されていません。</translation>
    </message>
    <message>
        <source>“%1” is not a date such as 2026-12-01.</source>
        <translation>「%1」は 2026-12-01 のような日付ではありません。</translation>
    </message>
    <message>
        <source>The value is empty.</source>
        <translation>値が空です。</translation>
    </message>
    <message>
        <source>The team has no rep named “%1”.</source>
        <translation>チームに「%1」という担当者はいません。</translation>
    </message>
    <message>
        <source>%1 is not active in the team.</source>
        <translation>%1 はチームで有効になっていません。</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>「%1」は数値ではありません。</translation>
    </message>
    <message>
        <source>Use at most 4 decimal places.</source>
        <translation>小数点以下は4桁までにしてください。</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>%1行目：%2</translation>
    </message>
    <message>
        <source>“%1” is not a regular file (it is a folder, a pipe or a device), so it was not opened.</source>
        <translation>“%1”は通常のファイルではない（フォルダー、パイプまたはデバイス）ため、開きませんでした。</translation>
    </message>
    <message>
        <source>“%1” is in use by another program. Try again when it has finished; the file was left untouched.</source>
        <translation>“%1”は別のプログラムが使用中です。終わってからもう一度お試しください。ファイルには手を加えていません。</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened: %2. The file was left untouched.</source>
        <translation>“%1”は壊れているため開けません: %2。ファイルには手を加えていません。</translation>
    </message>
    <message>
        <source>SQLite&apos;s integrity check found damaged pages</source>
        <translation>SQLiteの整合性チェックで壊れたページが見つかりました</translation>
    </message>
    <message>
        <source>the table %1 is missing</source>
        <translation>テーブル %1 がありません</translation>
    </message>
    <message>
        <source>the column %1 is missing</source>
        <translation>列 %1 がありません</translation>
    </message>
    <message>
        <source>its record of format versions is missing or does not match the file</source>
        <translation>ファイル形式のバージョン記録がないか、ファイルと一致しません</translation>
    </message>
    <message>
        <source>%1 holds a value KPI Desk cannot read</source>
        <translation>%1 に KPI Desk が読めない値があります</translation>
    </message>
    <message>
        <source>%1 holds a number beyond ±10^24</source>
        <translation>%1 に ±10^24 を超える数値があります</translation>
    </message>
    <message>
        <source>KPI %1 is its own ancestor</source>
        <translation>KPI %1 が自分自身の祖先になっています</translation>
    </message>
    <message>
        <source>the parent of KPI %1 does not exist</source>
        <translation>KPI %1 の親がありません</translation>
    </message>
    <message>
        <source>the plan does not have exactly one KGI</source>
        <translation>KGIがちょうど1つではありません</translation>
    </message>
    <message>
        <source>two KPIs share one place under KPI %1</source>
        <translation>KPI %1 の下で2つのKPIが同じ位置にあります</translation>
    </message>
    <message>
        <source>the KPI tree is deeper than %1 levels</source>
        <translation>KPIツリーが%1階層より深くなっています</translation>
    </message>
    <message>
        <source>its contents cannot be read (%1)</source>
        <translation>内容を読み取れません（%1）</translation>
    </message>
    <message>
        <source>“%1” is not a number: group digits by three with commas, such as 1,000, or not at all.</source>
        <translation>「%1」は数値ではありません。桁区切りのカンマは 1,000 のように3桁ごとに付けるか、付けずに入力してください。</translation>
    </message>
    <message>
        <source>“%1”: only a rate takes a % sign. Type the number alone.</source>
        <translation>「%1」: % を付けられるのは率だけです。数値だけを入力してください。</translation>
    </message>
    <message>
        <source>“%1”: only an amount of money takes ¥ or 円. Type the number alone.</source>
        <translation>「%1」: ¥ や 円 を付けられるのは金額だけです。数値だけを入力してください。</translation>
    </message>
    <message>
        <source>“%1” is too large: values are at most %2 either way.</source>
        <translation>「%1」は大きすぎます。値の絶対値は %2 までです。</translation>
    </message>
    <message>
        <source>“%1”: this KPI counts whole things. Type a whole number, or set its rounding to “none” to allow decimals.</source>
        <translation>「%1」: このKPIは件数を整数で数えます。整数を入力するか、小数を使うには端数処理を「なし」にしてください。</translation>
    </message>
    <message>
        <source>“%1” could be more than one date: write it as 2026-11-01 or 2026/11/1.</source>
        <translation>「%1」は複数の日付に読めます。2026-11-01 や 2026/11/1 のように書いてください。</translation>
    </message>
    <message>
        <source>“%1” is not a date such as 2026-12-01, 2026/12/1, 2026年12月1日 or 令和8年12月1日.</source>
        <translation>「%1」は日付ではありません。2026-12-01、2026/12/1、2026年12月1日、令和8年12月1日 のように書いてください。</translation>
    </message>
    <message>
        <source>Reading stopped at row %3 of “%4”: the file is damaged there, or a cell is longer than a million characters.</source>
        <translation>「%4」の %3 行目で読み込みを中止しました。ファイルがそこで壊れているか、100万文字を超えるセルがあります。</translation>
    </message>
    <message>
        <source>%5 rows are dated after today or outside the plan&apos;s period: confirm them to load the file.</source>
        <translation>%5 行の日付が今日より後か、プランの期間外です。確認してから取り込んでください。</translation>
    </message>
    <message>
        <source>Row %1: %2 is after today.</source>
        <translation>%1 行目: %2 は今日より後の日付です。</translation>
    </message>
    <message>
        <source>Row %1: %2 is outside the plan&apos;s period.</source>
        <translation>%1 行目: %2 はプランの期間外です。</translation>
    </message>
    <message>
        <source>%1 read as %2 %</source>
        <translation>%1 を %2 % として読み込み</translation>
    </message>
    <message>
        <source>group digits by three with commas, such as 1,000, or not at all</source>
        <translation>桁区切りのカンマは 1,000 のように3桁ごとに付けるか、付けないでください</translation>
    </message>
    <message>
        <source>only an amount of money takes ¥ or 円</source>
        <translation>¥ や 円 を付けられるのは金額だけです</translation>
    </message>
    <message>
        <source>values are at most %1 either way</source>
        <translation>値の絶対値は %1 までです</translation>
    </message>
    <message>
        <source>too many decimal places</source>
        <translation>小数の桁数が多すぎます</translation>
    </message>
    <message>
        <source>this KPI counts whole things: use a whole number, or rounding: none</source>
        <translation>このKPIは整数で数えます。整数にするか、rounding: none にしてください</translation>
    </message>
</context>
<context>
    <name>MonthDialog</name>
    <message>
        <source>Plan Period</source>
        <translation>プランの期間</translation>
    </message>
    <message>
        <source> (month)</source>
        <translation>月</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>Plan by</source>
        <translation>期間の単位</translation>
    </message>
    <message>
        <source>Fiscal year starts in</source>
        <translation>期首の月</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
</context>
<context>
    <name>MonthTurn</name>
    <message>
        <source>The review of this period is written.</source>
        <translation>この期間の振り返りは記入済みです。</translation>
    </message>
    <message>
        <source>The review of this period is not written yet.</source>
        <translation>この期間の振り返りがまだ記入されていません。</translation>
    </message>
    <message>
        <source>Every KPI is SMART.</source>
        <translation>すべてのKPIがSMARTです。</translation>
    </message>
    <message>
        <source>%1 KPIs fall short of SMART.</source>
        <translation>%1件のKPIがSMARTを満たしていません。</translation>
    </message>
    <message>
        <source>No action is past its due date.</source>
        <translation>期限切れの対策はありません。</translation>
    </message>
    <message>
        <source>%1 actions are past their due date.</source>
        <translation>%1件の対策が期限を過ぎています。</translation>
    </message>
    <message>
        <source>A closed period is reopened; close it again before the next one starts.</source>
        <translation>締めた期間が再オープン中です。次の期間を開始する前に、もう一度締めてください。</translation>
    </message>
    <message>
        <source>The next period has started.</source>
        <translation>次の期間が始まっています。</translation>
    </message>
    <message>
        <source>The next period is not started yet.</source>
        <translation>次の期間はまだ開始されていません。</translation>
    </message>
</context>
<context>
    <name>MonthTurnDialog</name>
    <message>
        <source>Month-End Checklist</source>
        <translation>月次切替チェックリスト</translation>
    </message>
    <message>
        <source>Before the period ending %1 turns over:</source>
        <translation>%1 に終わる期間を切り替える前に:</translation>
    </message>
    <message>
        <source>The plan has no period yet.</source>
        <translation>計画にはまだ期間がありません。</translation>
    </message>
    <message>
        <source>It starts on %1.</source>
        <translation>開始日は %1 です。</translation>
    </message>
    <message>
        <source>It is the period from %1, reopened because:</source>
        <translation>%1 からの期間で、再オープンの理由は次のとおりです:</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>ほか%1件</translation>
    </message>
    <message>
        <source>Write Review…</source>
        <translation>振り返りを書く…</translation>
    </message>
    <message>
        <source>Show Them</source>
        <translation>表示する</translation>
    </message>
    <message>
        <source>Open Reviews</source>
        <translation>振り返りを開く</translation>
    </message>
    <message>
        <source>Close It Again…</source>
        <translation>もう一度締める…</translation>
    </message>
    <message>
        <source>Start Next Period…</source>
        <translation>次の期間を開始…</translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <source>New Plan</source>
        <translation>新しいプラン</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation>作成方法：</translation>
    </message>
</context>
<context>
    <name>NewReviewDialog</name>
    <message>
        <source>New Review</source>
        <translation>新しい振り返り</translation>
    </message>
    <message>
        <source>The review keeps every KPI&apos;s figures and status as of this day; later edits to the plan will not change it.</source>
        <translation>振り返りには、この日時点の各KPIの数値と状況が保存されます。後で計画を編集しても変わりません。</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>頻度</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>実施日</translation>
    </message>
</context>
<context>
    <name>NextPeriodDialog</name>
    <message>
        <source>Start Next Period</source>
        <translation>次の期間を開始</translation>
    </message>
    <message>
        <source>Keep the same targets</source>
        <translation>目標をそのまま引き継ぐ</translation>
    </message>
    <message>
        <source>Raise the KGI by (%)</source>
        <translation>KGIを引き上げる（%）</translation>
    </message>
    <message>
        <source>Set a new KGI target</source>
        <translation>KGIの新しい目標を設定する</translation>
    </message>
    <message>
        <source>Percentage or new KGI target</source>
        <translation>増加率または新しいKGI目標</translation>
    </message>
    <message>
        <source>Close it before its end</source>
        <translation>期間の終了前に締める</translation>
    </message>
    <message>
        <source>Close and Start Next Period</source>
        <translation>締めて次の期間を開始</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>締める期間</translation>
    </message>
    <message>
        <source>Business days left</source>
        <translation>残りの営業日</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>次の期間</translation>
    </message>
    <message>
        <source>New KGI target</source>
        <translation>新しいKGI目標</translation>
    </message>
    <message>
        <source>The current period is closed with its targets and actuals; the KPI tree carries over and every requirement is recomputed from the KGI.</source>
        <translation>現在の期間を目標と実績ごと締めます。KPIツリーは引き継がれ、必要値はすべてKGIから再計算されます。</translation>
    </message>
    <message>
        <source>%1 (as of %2)</source>
        <translation>%1日(%2 時点)</translation>
    </message>
    <message>
        <source>%1 has not ended: it still has %2 business days, up to %3. Its actuals will be frozen and cannot be changed until the period is reopened.</source>
        <translation>%1 はまだ終わっていません。%3 まで営業日が %2 日残っています。締めると実績は確定され、期間を再オープンするまで変更できません。</translation>
    </message>
    <message>
        <source>Tick “Close it before its end” to close it now.</source>
        <translation>今すぐ締めるには「期間の終了前に締める」にチェックを入れてください。</translation>
    </message>
</context>
<context>
    <name>NodeForm</name>
    <message>
        <source>e.g. hours</source>
        <translation>例：時間</translation>
    </message>
    <message>
        <source>e.g. Prospects * Close rate, using child names</source>
        <translation>例：見込み客数 * 成約率（子KPIの名前を使います）</translation>
    </message>
    <message>
        <source>Solved from the parent</source>
        <translation>親から逆算する</translation>
    </message>
    <message>
        <source>This KPI&apos;s requirement is computed from its parent&apos;s; its siblings are given.</source>
        <translation>このKPIの必要値を親の必要値から逆算します。兄弟のKPIは目標値を使います。</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>低いほど良い</translation>
    </message>
    <message>
        <source>For KPIs such as lead time or cost per deal: being under the target is good.</source>
        <translation>リードタイムや獲得単価のように、目標を下回るほど良いKPIです。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>単位名</translation>
    </message>
    <message>
        <source>Relation to children</source>
        <translation>子との関係</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>計算式</translation>
    </message>
    <message>
        <source>Weight in the parent&apos;s sum</source>
        <translation>親の加重和での重み</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Plan (team)</source>
        <translation>計画（チーム）</translation>
    </message>
    <message>
        <source>Split across reps</source>
        <translation>担当者への配分</translation>
    </message>
    <message>
        <source>Plan per rep</source>
        <translation>1人あたり計画</translation>
    </message>
    <message>
        <source>Rounding</source>
        <translation>端数処理</translation>
    </message>
    <message>
        <source>Computed</source>
        <translation>計算結果</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必要値</translation>
    </message>
    <message>
        <source>Required per rep</source>
        <translation>1人あたり必要値</translation>
    </message>
    <message>
        <source>Per rep per week</source>
        <translation>1人あたり週</translation>
    </message>
    <message>
        <source>Per rep per business day</source>
        <translation>1人あたり営業日</translation>
    </message>
    <message>
        <source>Projected</source>
        <translation>見込み</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>差異</translation>
    </message>
    <message>
        <source>computed from the parent</source>
        <translation>親から逆算</translation>
    </message>
    <message>
        <source>computed from the children</source>
        <translation>子から計算</translation>
    </message>
</context>
<context>
    <name>PdfExportDialog</name>
    <message>
        <source>Export PDF</source>
        <translation>PDFで書き出し</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>レター</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>縦</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>横</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Open the PDF when done</source>
        <translation>書き出したらPDFを開く</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>書き出す</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>用紙</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>向き</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>保存先</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose where to save the PDF.</source>
        <translation>PDFの保存先を選んでください。</translation>
    </message>
    <message>
        <source>Drawing the report…</source>
        <translation>資料を作成しています…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>書き出しを中止しました。ファイルは書き込まれていません。</translation>
    </message>
</context>
<context>
    <name>Periods</name>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>四半期</translation>
    </message>
    <message>
        <source>Half year</source>
        <translation>半期</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
</context>
<context>
    <name>PipelineMoves</name>
    <message>
        <source>Change</source>
        <translation>変化</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>案件名</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>受注予定日</translation>
    </message>
    <message>
        <source>The first review: there is no earlier list to compare.</source>
        <translation>最初の振り返りです。比べる前回のヨミ表はありません。</translation>
    </message>
    <message>
        <source>Pipeline changes since the review of %1:</source>
        <translation>%1 の振り返りからのヨミの動き：</translation>
    </message>
    <message>
        <source>No deal moved since the review of %1.</source>
        <translation>%1 の振り返りから動いた案件はありません。</translation>
    </message>
</context>
<context>
    <name>PlanController</name>
    <message>
        <source>Rename KPI</source>
        <translation>KPI名の変更</translation>
    </message>
    <message>
        <source>Change target</source>
        <translation>目標の変更</translation>
    </message>
    <message>
        <source>Change plan</source>
        <translation>計画値の変更</translation>
    </message>
    <message>
        <source>Change plan per rep</source>
        <translation>担当者あたり計画値の変更</translation>
    </message>
    <message>
        <source>Change unit</source>
        <translation>単位の変更</translation>
    </message>
    <message>
        <source>Change relation</source>
        <translation>関係の変更</translation>
    </message>
    <message>
        <source>Change rounding</source>
        <translation>端数処理の変更</translation>
    </message>
    <message>
        <source>Change split across reps</source>
        <translation>担当者への配分の変更</translation>
    </message>
    <message>
        <source>Change lower is better</source>
        <translation>「低いほど良い」の変更</translation>
    </message>
    <message>
        <source>Change formula</source>
        <translation>計算式の変更</translation>
    </message>
    <message>
        <source>Change weight</source>
        <translation>重みの変更</translation>
    </message>
    <message>
        <source>Change fixed share</source>
        <translation>固定配分の変更</translation>
    </message>
    <message>
        <source>Solve for KPI</source>
        <translation>逆算するKPIの変更</translation>
    </message>
    <message>
        <source>New KPI</source>
        <translation>新しいKPI</translation>
    </message>
    <message>
        <source>Add KPI</source>
        <translation>KPIの追加</translation>
    </message>
    <message>
        <source>Delete KPI</source>
        <translation>KPIの削除</translation>
    </message>
    <message>
        <source>Move KPI</source>
        <translation>KPIの移動</translation>
    </message>
    <message>
        <source>Paste KPI</source>
        <translation>KPIの貼り付け</translation>
    </message>
    <message>
        <source>Build funnel</source>
        <translation>ファネルの作成</translation>
    </message>
    <message>
        <source>%1 → %2 rate</source>
        <translation>%1→%2率</translation>
    </message>
    <message>
        <source>Rename plan</source>
        <translation>プラン名の変更</translation>
    </message>
    <message>
        <source>Change rounding policy</source>
        <translation>端数処理方針の変更</translation>
    </message>
    <message>
        <source>Apply what-if scenario</source>
        <translation>シミュレーションの適用</translation>
    </message>
    <message>
        <source>Enter actuals</source>
        <translation>実績の入力</translation>
    </message>
    <message>
        <source>Import actuals</source>
        <translation>実績の取り込み</translation>
    </message>
    <message>
        <source>Edit SMART checklist</source>
        <translation>SMARTチェックリストの編集</translation>
    </message>
    <message>
        <source>Tick SMART criterion</source>
        <translation>SMART項目のチェック</translation>
    </message>
    <message>
        <source>Edit SMART note</source>
        <translation>SMARTメモの編集</translation>
    </message>
    <message>
        <source>New review</source>
        <translation>振り返りの作成</translation>
    </message>
    <message>
        <source>Edit review</source>
        <translation>振り返りの編集</translation>
    </message>
    <message>
        <source>Edit review notes</source>
        <translation>振り返りメモの編集</translation>
    </message>
    <message>
        <source>Delete review</source>
        <translation>振り返りの削除</translation>
    </message>
    <message>
        <source>Change status thresholds</source>
        <translation>判定基準の変更</translation>
    </message>
    <message>
        <source>Change month</source>
        <translation>対象月の変更</translation>
    </message>
    <message>
        <source>Change period</source>
        <translation>期間の変更</translation>
    </message>
    <message>
        <source>Start next period</source>
        <translation>次の期間の開始</translation>
    </message>
    <message>
        <source>Reopen period</source>
        <translation>期間の再オープン</translation>
    </message>
    <message>
        <source>Close period again</source>
        <translation>期間の再締め</translation>
    </message>
    <message>
        <source>Change closing days</source>
        <translation>休業日の変更</translation>
    </message>
    <message>
        <source>Add rep</source>
        <translation>担当者の追加</translation>
    </message>
    <message>
        <source>Rename rep</source>
        <translation>担当者名の変更</translation>
    </message>
    <message>
        <source>Change capacity</source>
        <translation>稼働力の変更</translation>
    </message>
    <message>
        <source>Change active reps</source>
        <translation>有効な担当者の変更</translation>
    </message>
    <message>
        <source>Remove rep</source>
        <translation>担当者の削除</translation>
    </message>
</context>
<context>
    <name>PlanDialogs</name>
    <message>
        <source>&amp;Team…</source>
        <translation>チーム(&amp;T)…</translation>
    </message>
    <message>
        <source>Set &amp;Period…</source>
        <translation>期間の設定(&amp;P)…</translation>
    </message>
    <message>
        <source>Start &amp;Next Period…</source>
        <translation>次の期間を開始(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Reopen Period…</source>
        <translation>期間を再オープン(&amp;R)…</translation>
    </message>
    <message>
        <source>Status &amp;Thresholds…</source>
        <translation>状況の判定基準(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Closing Days…</source>
        <translation>休業日(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;What-if…</source>
        <translation>シミュレーション(&amp;W)…</translation>
    </message>
    <message>
        <source>Build &amp;Funnel…</source>
        <translation>ファネルを作成(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;New Review…</source>
        <translation>新しい振り返り(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Month-End Checklist…</source>
        <translation>月次切替チェックリスト(&amp;M)…</translation>
    </message>
</context>
<context>
    <name>PlanHeader</name>
    <message>
        <source>Reps: %1</source>
        <translation>担当者：%1人</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>%1 (%2 business days, %3 passed)</source>
        <translation>%1（営業日 %2日、経過 %3日）</translation>
    </message>
</context>
<context>
    <name>PlanPages</name>
    <message>
        <source>Views of the plan</source>
        <translation>計画の表示</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>ツリー</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>ツリー図</translation>
    </message>
    <message>
        <source>Actuals</source>
        <translation>実績</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進捗</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>振り返り</translation>
    </message>
    <message>
        <source>Pipeline (ヨミ)</source>
        <translation>ヨミ表</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
</context>
<context>
    <name>PlanTreeModel</name>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <source>Target / required</source>
        <translation>目標／必要値</translation>
    </message>
    <message>
        <source>Per rep</source>
        <translation>1人あたり</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>計画</translation>
    </message>
    <message>
        <source>Projected</source>
        <translation>見込み</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>差異</translation>
    </message>
    <message>
        <source>SMART</source>
        <translation>SMART</translation>
    </message>
    <message>
        <source>SMART: every criterion passes.</source>
        <translation>SMART：すべての項目を満たしています。</translation>
    </message>
    <message>
        <source>Computed top-down from the parent&apos;s requirement.</source>
        <translation>親の必要値から逆算した値です。</translation>
    </message>
    <message>
        <source>Required per rep. Type here (F2) to plan per rep: the team&apos;s plan is it times the active reps.</source>
        <translation>担当者 1 人あたりの必要数。ここに入力 (F2) すると 1 人あたりの計画になり、チームの計画はその稼働担当者数倍です。</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Print Preview — Meeting Report</source>
        <translation>印刷プレビュー — 会議資料</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>印刷プレビュー(&amp;V)…</translation>
    </message>
    <message>
        <source>See the meeting report&apos;s pages before printing</source>
        <translation>印刷する前に会議資料のページを確かめる</translation>
    </message>
</context>
<context>
    <name>PrintReport</name>
    <message>
        <source>Print the Meeting Report</source>
        <translation>会議用レポートの印刷</translation>
    </message>
    <message>
        <source>Sent %1 pages to the printer</source>
        <translation>%1 ページをプリンターに送りました</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the meeting report (%1)</source>
        <translation>会議用レポートを印刷 (%1)</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Rep shown</source>
        <translation>表示する担当者</translation>
    </message>
    <message>
        <source>KPI:</source>
        <translation>KPI：</translation>
    </message>
    <message>
        <source>Rep:</source>
        <translation>担当者：</translation>
    </message>
    <message>
        <source>Whole team</source>
        <translation>チーム全体</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1（読み取り専用）</translation>
    </message>
</context>
<context>
    <name>Relations</name>
    <message>
        <source>Product (×)</source>
        <translation>積（×）</translation>
    </message>
    <message>
        <source>Sum (+)</source>
        <translation>和（+）</translation>
    </message>
    <message>
        <source>Weighted sum (Σ weight × child)</source>
        <translation>加重和（Σ 重み × 子）</translation>
    </message>
    <message>
        <source>Quotient (÷)</source>
        <translation>商（÷）</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>計算式</translation>
    </message>
    <message>
        <source>Input (no children)</source>
        <translation>入力（子なし）</translation>
    </message>
</context>
<context>
    <name>RenamePlan</name>
    <message>
        <source>Re&amp;name Plan…</source>
        <translation>計画名を変更(&amp;N)…</translation>
    </message>
</context>
<context>
    <name>RenamePlanDialog</name>
    <message>
        <source>Rename Plan</source>
        <translation>計画名の変更</translation>
    </message>
    <message>
        <source>Plan name</source>
        <translation>計画名</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>変更</translation>
    </message>
</context>
<context>
    <name>ReopenPeriodDialog</name>
    <message>
        <source>Reopen Period</source>
        <translation>期間を再オープン</translation>
    </message>
    <message>
        <source>Periods closed and reopened</source>
        <translation>締めと再開の履歴</translation>
    </message>
    <message>
        <source>Why it is reopened (kept with the period)</source>
        <translation>再オープンする理由(期間と一緒に記録されます)</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>再オープン</translation>
    </message>
    <message>
        <source>Close It Again</source>
        <translation>もう一度締める</translation>
    </message>
    <message>
        <source>Closed periods</source>
        <translation>締めた期間</translation>
    </message>
    <message>
        <source>None yet: a period is listed here once Plan → Start Next Period… has closed it.</source>
        <translation>まだありません。「プラン → 次の期間を開始…」で期間を締めると、ここに表示されます。</translation>
    </message>
    <message>
        <source>No period has been closed yet.</source>
        <translation>締めた期間はまだありません。</translation>
    </message>
    <message>
        <source>%1 is reopened: its actuals can be changed, and its frozen targets, plan and requirements are kept. Close it again to freeze its actuals; the next period can start only then.</source>
        <translation>%1 は再オープン中です。実績は変更でき、確定した目標・計画・必要値はそのまま残ります。もう一度締めると実績が確定し、次の期間を開始できるようになります。</translation>
    </message>
    <message>
        <source>Reopen %1 so that its actuals can be changed. Its frozen targets, plan and requirements are kept as they were, and the current period stays as it is. Only the most recent closed period can be reopened.</source>
        <translation>%1 を再オープンすると、実績を変更できるようになります。確定した目標・計画・必要値はそのまま残り、現在の期間も変わりません。再オープンできるのは最後に締めた期間だけです。</translation>
    </message>
    <message>
        <source>%1: closed</source>
        <translation>%1: 締め済み</translation>
    </message>
    <message>
        <source>reopened %1 (%2)</source>
        <translation>%1 に再オープン(%2)</translation>
    </message>
    <message>
        <source>, closed again %1</source>
        <translation>、%1 に再度締め</translation>
    </message>
</context>
<context>
    <name>RepController</name>
    <message>
        <source>Only your own actuals can be entered in your package; the team&apos;s figures are the manager&apos;s.</source>
        <translation>パッケージに入力できるのは自分の実績だけです。チームの数値はマネージャーが管理します。</translation>
    </message>
</context>
<context>
    <name>RepPage</name>
    <message>
        <source>Actual</source>
        <translation>実績</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>達成率</translation>
    </message>
    <message>
        <source>Actual: %1</source>
        <translation>実績：%1</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>目標：%1</translation>
    </message>
    <message>
        <source>Achievement: %1</source>
        <translation>達成率：%1</translation>
    </message>
</context>
<context>
    <name>RepSplitTable</name>
    <message>
        <source>Rep</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必要値</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>計画</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>固定</translation>
    </message>
</context>
<context>
    <name>RepWindow</name>
    <message>
        <source>%1 — %2 (rep package)</source>
        <translation>%1 — %2（担当者パッケージ）</translation>
    </message>
    <message>
        <source>%1&apos;s numbers in “%2”, %3 to %4</source>
        <translation>「%2」の%1の数値（%3〜%4）</translation>
    </message>
    <message>
        <source>This is your package from the manager. You can enter your actuals; the tree, targets, shares and team are the manager&apos;s plan and are read-only here. Send the file back to the manager when you are done.</source>
        <translation>マネージャーから届いたあなたのパッケージです。実績を入力できます。ツリー、目標、配分、チームはマネージャーのプランなので、ここでは読み取り専用です。入力が終わったらファイルをマネージャーに返送してください。</translation>
    </message>
    <message>
        <source>This package is open read-only: another KPI Desk has it open.</source>
        <translation>このパッケージは読み取り専用で開いています。別のKPI Deskが開いています。</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Team requirement</source>
        <translation>チームの必要値</translation>
    </message>
    <message>
        <source>My requirement</source>
        <translation>自分の必要値</translation>
    </message>
    <message>
        <source>My plan</source>
        <translation>自分の計画値</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>週あたり</translation>
    </message>
    <message>
        <source>Per business day</source>
        <translation>営業日あたり</translation>
    </message>
    <message>
        <source>Actual to date</source>
        <translation>現在までの実績</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進捗</translation>
    </message>
    <message>
        <source>My Numbers</source>
        <translation>自分の数値</translation>
    </message>
    <message>
        <source>My Actuals</source>
        <translation>自分の実績</translation>
    </message>
    <message>
        <source>My Progress</source>
        <translation>自分の進捗</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>要因</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>対策</translation>
    </message>
    <message>
        <source>My Notes</source>
        <translation>自分のメモ</translation>
    </message>
    <message>
        <source>My Pipeline</source>
        <translation>自分のヨミ表</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>PDFで書き出し(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>メモの編集</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDFで書き出し</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Rep packages (*%1)</source>
        <translation>担当者パッケージ (*%1)</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>SMART: %1 meets the criterion, %2 needs a look, %3 does not meet it.</source>
        <translation>SMART：%1 基準を満たす、%2 要確認、%3 基準を満たさない。</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
    <message>
        <source>%1 (%2 business days)</source>
        <translation>%1（営業日 %2日）</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 reps: %2</source>
        <translation>%1人：%2</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>チーム</translation>
    </message>
    <message>
        <source>Progress as of</source>
        <translation>進捗の基準日</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>出力日</translation>
    </message>
    <message>
        <source>KPI meeting report</source>
        <translation>KPI会議資料</translation>
    </message>
    <message>
        <source>KGI target</source>
        <translation>KGI目標</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI一覧</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Target / required</source>
        <translation>目標／必要値</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>実績</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>達成率</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進捗率</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>着地見込み</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1（続き）</translation>
    </message>
    <message>
        <source>* Not recorded, worked out through the tree: %1</source>
        <translation>* 記録がなく、ツリーから導出した実績：%1</translation>
    </message>
    <message>
        <source>Projected</source>
        <translation>見込み</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>KGI: %1</source>
        <translation>KGI：%1</translation>
    </message>
    <message>
        <source>%1 ended the period at %2, %3 of its target.</source>
        <translation>%1は期間を %2（目標の %3）で終えました。</translation>
    </message>
    <message>
        <source>At the current pace, %1 ends the period at %2, %3 of its target.</source>
        <translation>今のペースでは、%1の着地見込みは %2（目標の %3）です。</translation>
    </message>
    <message>
        <source>Business days</source>
        <translation>営業日</translation>
    </message>
    <message>
        <source>%1 in the period, %2 passed, %3 to go</source>
        <translation>期間 %1日、経過 %2日、残り %3日</translation>
    </message>
    <message>
        <source>Needed per business day</source>
        <translation>1営業日あたり必要</translation>
    </message>
    <message>
        <source>SMART</source>
        <translation>SMART</translation>
    </message>
    <message>
        <source>%1 of %2 KPIs meet all five criteria</source>
        <translation>%2件のKPIのうち %1件が5つの基準をすべて満たす</translation>
    </message>
    <message>
        <source>KPI tree</source>
        <translation>KPIツリー</translation>
    </message>
    <message>
        <source>Each box: required, planned and projected figures and the gap, coloured by progress. Green: on track; amber: lagging; red: at risk; grey: no actuals yet.</source>
        <translation>各ボックス:必要値・計画・見込みと差異。色は進捗の状況です。緑:順調、橙:遅れ気味、赤:要注意、灰:実績なし。</translation>
    </message>
    <message>
        <source>Each box: required, planned and projected figures and the gap. Green: the plan reaches the requirement; red: it falls short; amber: cannot be computed.</source>
        <translation>各ボックス：必要値・計画値・見込み値と差。緑：計画が必要値に届く、赤：届かない、橙：計算できない。</translation>
    </message>
    <message>
        <source>Could not write the PDF “%1”: %2</source>
        <translation>PDF「%1」を書き込めませんでした：%2</translation>
    </message>
    <message>
        <source>the folder does not exist.</source>
        <translation>フォルダーが存在しません。</translation>
    </message>
    <message>
        <source>you do not have permission to write there.</source>
        <translation>そこに書き込む権限がありません。</translation>
    </message>
    <message>
        <source>the disk is read-only.</source>
        <translation>ディスクが読み取り専用です。</translation>
    </message>
    <message>
        <source>the disk is full.</source>
        <translation>ディスクがいっぱいです。</translation>
    </message>
    <message>
        <source>that is a folder, not a file.</source>
        <translation>ファイルではなくフォルダーです。</translation>
    </message>
    <message>
        <source>%1: cumulative against pace</source>
        <translation>%1：累計とペース</translation>
    </message>
    <message>
        <source>Achievement by KPI</source>
        <translation>KPI別の達成率</translation>
    </message>
    <message>
        <source>%1 by rep: actual against target</source>
        <translation>%1（担当者別）：実績と目標</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <source>%1 by rep</source>
        <translation>%1（担当者別）</translation>
    </message>
    <message>
        <source>By rep</source>
        <translation>担当者別</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>%1 review of %2 (%3 – %4)</source>
        <translation>%2 実施の%1振り返り(%3~%4)</translation>
    </message>
    <message>
        <source>Latest review</source>
        <translation>最新の振り返り</translation>
    </message>
    <message>
        <source>Causes and actions</source>
        <translation>要因と対策</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>要因</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>対策</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>未完了</translation>
    </message>
    <message>
        <source>Actions from the review of %1</source>
        <translation>%1 の振り返りで決めた対策</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Original plan</source>
        <translation>当初計画</translation>
    </message>
    <message>
        <source>Revised on</source>
        <translation>修正日</translation>
    </message>
    <message>
        <source>New target</source>
        <translation>修正後の目標</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Target revisions</source>
        <translation>目標の修正</translation>
    </message>
    <message>
        <source>Why %1 is off plan, by driver</source>
        <translation>「%1」の計画との差の要因分解</translation>
    </message>
    <message>
        <source>Pipeline forecast %1 (closed %2 + weighted deals %3); run-rate forecast %4; target %5; gap %6.</source>
        <translation>ヨミによる着地見込み %1（受注済み %2 ＋ 確度加重の案件 %3）。ペースによる着地見込み %4、目標 %5、差 %6。</translation>
    </message>
    <message>
        <source>Pipeline (ヨミ)</source>
        <translation>ヨミ表</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>確度入力</translation>
    </message>
    <message>
        <source>Open deals by rank</source>
        <translation>ランク別の進行中案件</translation>
    </message>
    <message>
        <source>Pipeline forecast by rep</source>
        <translation>担当者別のヨミ着地見込み</translation>
    </message>
    <message>
        <source>Largest open deals</source>
        <translation>金額の大きい進行中案件</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Left out of the forecast: %1</source>
        <translation>着地見込みから除外: %1</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>ヨミ</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>確度</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>確度加重</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>受注済み</translation>
    </message>
    <message>
        <source>Weighted open deals</source>
        <translation>確度加重の案件</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>案件名</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>受注予定日</translation>
    </message>
    <message>
        <source>Changes since the review of %1</source>
        <translation>%1 の振り返りからの変化</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変化</translation>
    </message>
    <message>
        <source>%1 more %2</source>
        <translation>%2 をあと %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1（%2 の場合）</translation>
    </message>
    <message>
        <source>%1 (%2 per business day left)</source>
        <translation>%1（残り営業日 1 日あたり %2）</translation>
    </message>
    <message>
        <source>What the gap asks: %1</source>
        <translation>差を埋めるには: %1</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore From Backup</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <source>Show backups of all plans</source>
        <translation>すべてのプランのバックアップを表示</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>Open as New File…</source>
        <translation>新しいファイルとして開く…</translation>
    </message>
    <message>
        <source>Replace the Plan…</source>
        <translation>プランを置き換える…</translation>
    </message>
    <message>
        <source>Choose a backup. The plan is not changed until you replace it.</source>
        <translation>バックアップを選んでください。置き換えるまでプランは変更されません。</translation>
    </message>
    <message>
        <source>No backups yet: one is made before each session&apos;s first change.</source>
        <translation>バックアップはまだありません。各セッションの最初の変更の前に作成されます。</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Weekly</source>
        <translation>週次</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>月次</translation>
    </message>
    <message>
        <source>Half-yearly</source>
        <translation>半期</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>New Review…</source>
        <translation>新しい振り返り…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>振り返り:</translation>
    </message>
    <message>
        <source>No review yet. A review keeps every KPI&apos;s figures as of its day, with the causes and actions the team decides. Start one with New Review…</source>
        <translation>振り返りはまだありません。振り返りには、その日時点の各KPIの数値と、チームで決めた要因と対策が残ります。「新しい振り返り…」から始めてください。</translation>
    </message>
    <message>
        <source>What made it lag or lead (要因)</source>
        <translation>遅れ・進みの要因</translation>
    </message>
    <message>
        <source>What the team will do (対策)</source>
        <translation>チームが取る対策</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>誰が</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>要因</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>対策</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当</translation>
    </message>
    <message>
        <source>Overall notes of the meeting</source>
        <translation>会議全体のメモ</translation>
    </message>
    <message>
        <source>Previous Actions</source>
        <translation>前回の対策</translation>
    </message>
    <message>
        <source>Target Revisions</source>
        <translation>目標の修正</translation>
    </message>
    <message>
        <source>Why We Are Behind</source>
        <translation>未達の要因分解</translation>
    </message>
    <message>
        <source>Pipeline Moves</source>
        <translation>ヨミの動き</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>%1 · %2 (%3 – %4)</source>
        <translation>%1 · %2(%3~%4)</translation>
    </message>
    <message>
        <source>%1 review held on %2: figures as of that day, for %3 – %4.</source>
        <translation>%2 実施の%1振り返り:%3~%4 の、実施日時点の数値です。</translation>
    </message>
    <message>
        <source>Actions decided in the review of %1: tick those that are done.</source>
        <translation>%1 の振り返りで決めた対策です。完了したものにチェックを付けてください。</translation>
    </message>
    <message>
        <source>The previous review decided no action.</source>
        <translation>前回の振り返りで決めた対策はありません。</translation>
    </message>
    <message>
        <source>Cause and action for “%1”</source>
        <translation>「%1」の要因と対策</translation>
    </message>
</context>
<context>
    <name>ReviewTables</name>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>実績</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>達成率</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進捗率</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>SMART</source>
        <translation>SMART</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>要因</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>対策</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Past its due date</source>
        <translation>期限を過ぎています</translation>
    </message>
    <message>
        <source>Original plan</source>
        <translation>当初計画</translation>
    </message>
    <message>
        <source>Revised on</source>
        <translation>修正日</translation>
    </message>
    <message>
        <source>New target</source>
        <translation>修正後の目標</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>RevisionReasonDialog</name>
    <message>
        <source>Revise Target</source>
        <translation>目標の修正</translation>
    </message>
    <message>
        <source>The period is under way, so changing the target of “%1” from %2 to %3 is kept as a revision, with today&apos;s date and your reason.</source>
        <translation>期間が始まっているため、「%1」の目標を %2 から %3 に変えると、今日の日付と理由とともに修正として記録されます。</translation>
    </message>
    <message>
        <source>Why, for example: a large customer froze its budget</source>
        <translation>理由の例:大口顧客が予算を凍結した</translation>
    </message>
    <message>
        <source>Reason for the revision:</source>
        <translation>修正の理由:</translation>
    </message>
</context>
<context>
    <name>Rounding</name>
    <message>
        <source>Round up at every stage</source>
        <translation>各段階で切り上げ</translation>
    </message>
    <message>
        <source>Compute exactly, round at the end</source>
        <translation>正確に計算し最後に端数処理</translation>
    </message>
    <message>
        <source>Automatic (counts round up)</source>
        <translation>自動（件数は切り上げ）</translation>
    </message>
    <message>
        <source>Round up</source>
        <translation>切り上げ</translation>
    </message>
    <message>
        <source>Round down</source>
        <translation>切り捨て</translation>
    </message>
    <message>
        <source>Round to nearest</source>
        <translation>四捨五入</translation>
    </message>
    <message>
        <source>Do not round</source>
        <translation>端数処理しない</translation>
    </message>
</context>
<context>
    <name>SharedFolder</name>
    <message>
        <source>Plan in a Shared Folder</source>
        <translation>共有フォルダーにあるプラン</translation>
    </message>
</context>
<context>
    <name>Smart</name>
    <message>
        <source>“%1” is an aim, not a measure: say what is counted, and how many.</source>
        <translation>「%1」は目標の方向であって指標ではありません。何を数えるか、いくつかを決めてください。</translation>
    </message>
    <message>
        <source>Nobody owns this KPI yet.</source>
        <translation>このKPIの担当者が決まっていません。</translation>
    </message>
    <message>
        <source>There is no definition of what counts.</source>
        <translation>何を数えるかの定義がありません。</translation>
    </message>
    <message>
        <source>There is no numeric target.</source>
        <translation>数値の目標がありません。</translation>
    </message>
    <message>
        <source>The unit has no name.</source>
        <translation>単位に名前がありません。</translation>
    </message>
    <message>
        <source>It does not say where the numbers come from.</source>
        <translation>数値の出どころ（データ元）が書かれていません。</translation>
    </message>
    <message>
        <source>No closed period to compare with yet.</source>
        <translation>比べられる締め済みの期間がまだありません。</translation>
    </message>
    <message>
        <source>The target %1 is far beyond the best on record, %2 (average %3).</source>
        <translation>目標 %1 は過去最高 %2（平均 %3）を大きく上回っています。</translation>
    </message>
    <message>
        <source>The target %1 is above the best on record, %2 (average %3): a stretch.</source>
        <translation>目標 %1 は過去最高 %2（平均 %3）を上回る挑戦的な値です。</translation>
    </message>
    <message>
        <source>The target %1 is within the record: best %2, average %3.</source>
        <translation>目標 %1 は実績の範囲内です（最高 %2、平均 %3）。</translation>
    </message>
    <message>
        <source>“%1” does not use its children.</source>
        <translation>「%1」は子を使っていません。</translation>
    </message>
    <message>
        <source>Its weight in “%1” is 0, so it counts for nothing.</source>
        <translation>「%1」での重みが0のため、結果に反映されません。</translation>
    </message>
    <message>
        <source>The formula of “%1” does not use it.</source>
        <translation>「%1」の計算式で使われていません。</translation>
    </message>
    <message>
        <source>The plan has no period with an end date.</source>
        <translation>プランに終了日のある期間がありません。</translation>
    </message>
    <message>
        <source>Specific</source>
        <translation>具体的</translation>
    </message>
    <message>
        <source>Measurable</source>
        <translation>測定可能</translation>
    </message>
    <message>
        <source>Achievable</source>
        <translation>達成可能</translation>
    </message>
    <message>
        <source>Related to the KGI</source>
        <translation>KGIとの関連</translation>
    </message>
    <message>
        <source>Time-bound</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>満たす</translation>
    </message>
    <message>
        <source>Check this</source>
        <translation>要確認</translation>
    </message>
    <message>
        <source>Falls short</source>
        <translation>満たさない</translation>
    </message>
    <message>
        <source>%1 of %2 KPIs SMART</source>
        <translation>%2件中%1件のKPIがSMART</translation>
    </message>
</context>
<context>
    <name>SmartForm</name>
    <message>
        <source>The KGI is the goal itself. SMART checks each KPI that leads to it: select a KPI below the KGI.</source>
        <translation>KGIはゴールそのものです。SMARTはそこへつながる各KPIを確かめます。KGIの下のKPIを選んでください。</translation>
    </message>
    <message>
        <source>Who answers for this KPI</source>
        <translation>このKPIに責任を持つ人</translation>
    </message>
    <message>
        <source>What counts, and what does not</source>
        <translation>何を数え、何を数えないか</translation>
    </message>
    <message>
        <source>e.g. CRM daily report</source>
        <translation>例：CRMの日報</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>責任者</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>定義</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>データ元</translation>
    </message>
    <message>
        <source>SMART: every criterion passes.</source>
        <translation>SMART：すべての項目を満たしています。</translation>
    </message>
    <message>
        <source>%1 of %2 criteria need attention.</source>
        <translation>%2項目中%1項目に注意が必要です。</translation>
    </message>
</context>
<context>
    <name>SmartGlance</name>
    <message>
        <source>Only KPIs That Fall &amp;Short of SMART</source>
        <translation>SMARTを満たさないKPIだけ表示(&amp;S)</translation>
    </message>
    <message>
        <source>Show only the KPIs that fall short of SMART</source>
        <translation>SMARTを満たさないKPIだけを表示します</translation>
    </message>
    <message>
        <source>SMART check of the selected KPI</source>
        <translation>選択中のKPIのSMARTチェック</translation>
    </message>
    <message>
        <source>SMART</source>
        <translation>SMART</translation>
    </message>
</context>
<context>
    <name>SmartMarks</name>
    <message>
        <source>✓</source>
        <comment>meets the criterion</comment>
        <translation>○</translation>
    </message>
    <message>
        <source>!</source>
        <comment>needs a look</comment>
        <translation>△</translation>
    </message>
    <message>
        <source>✗</source>
        <comment>does not meet the criterion</comment>
        <translation>×</translation>
    </message>
</context>
<context>
    <name>Split</name>
    <message>
        <source>Not split (team figure)</source>
        <translation>配分しない（チーム全体）</translation>
    </message>
    <message>
        <source>Evenly across the reps</source>
        <translation>担当者に均等に配分</translation>
    </message>
    <message>
        <source>By each rep&apos;s capacity</source>
        <translation>各担当者の稼働力に応じて配分</translation>
    </message>
</context>
<context>
    <name>Splitters</name>
    <message>
        <source>Drag to give one side more room</source>
        <translation>ドラッグして片側を広げます</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>kpidesk: no display found, so the window is drawn off screen into %1. Run KPI Desk on a desktop, or under xvfb-run, to use it.</source>
        <translation>kpidesk：ディスプレイが見つからないため、ウィンドウを画面外で %1 に描画しました。操作するにはデスクトップ上か xvfb-run の下で起動してください。</translation>
    </message>
    <message>
        <source>KPI Desk: plan, track and review sales KPIs.</source>
        <translation>KPI Desk：営業KPIの計画・進捗管理・振り返り</translation>
    </message>
    <message>
        <source>Headless commands: kpidesk new FILE [--demo], kpidesk show FILE [--json]</source>
        <translation>画面なしのコマンド：kpidesk new ファイル [--demo]、kpidesk show ファイル [--json]</translation>
    </message>
    <message>
        <source>plan file to open (.kpidesk)</source>
        <translation>開くプランファイル（.kpidesk）</translation>
    </message>
    <message>
        <source>open the demo plan</source>
        <translation>デモプランを開く</translation>
    </message>
    <message>
        <source>language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>save the window as PNG and quit</source>
        <translation>ウィンドウをPNGに保存して終了する</translation>
    </message>
</context>
<context>
    <name>StartupShell</name>
    <message>
        <source>Opening the plan…</source>
        <translation>プランを開いています…</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>On track</source>
        <translation>順調</translation>
    </message>
    <message>
        <source>Lagging</source>
        <translation>遅れ</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>要注意</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>データなし</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <source>It was made from another plan (“%1”), not this one.</source>
        <translation>このプランではなく、別のプラン（「%1」）から作られたパッケージです。</translation>
    </message>
    <message>
        <source>It is for %1 to %2, which is not this plan&apos;s current period.</source>
        <translation>%1〜%2のパッケージで、このプランの現在の期間ではありません。</translation>
    </message>
    <message>
        <source>It is for %1 to %2, a closed period. Reopen that period first (Plan → Reopen Period…) to load it.</source>
        <translation>%1〜%2の締め済みの期間のパッケージです。取り込むには先にその期間を再オープンしてください（プラン → 期間を再オープン…）。</translation>
    </message>
    <message>
        <source>It changes figures that are not its rep&apos;s (another rep, or another period).</source>
        <translation>このパッケージの担当者のものではない数値（別の担当者または別の期間）を変更しています。</translation>
    </message>
    <message>
        <source>It holds figures of a KPI this plan no longer has.</source>
        <translation>このプランにもう存在しないKPIの数値が含まれています。</translation>
    </message>
    <message>
        <source>Its rep “%1” is no longer on this plan&apos;s team.</source>
        <translation>担当者「%1」はこのプランのチームにもういません。</translation>
    </message>
    <message>
        <source>A newer package of the same rep is loaded instead (%1).</source>
        <translation>同じ担当者のより新しいパッケージ（%1）を代わりに取り込みます。</translation>
    </message>
    <message>
        <source>The file is damaged.</source>
        <translation>ファイルが破損しています。</translation>
    </message>
    <message>
        <source>It was made by a newer KPI Desk. Please update KPI Desk to load it.</source>
        <translation>より新しいKPI Deskで作られています。取り込むにはKPI Deskを更新してください。</translation>
    </message>
    <message>
        <source>It is not a KPI Desk rep package.</source>
        <translation>KPI Deskの担当者パッケージではありません。</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>ファイルが存在しません。</translation>
    </message>
    <message>
        <source>It is not a regular file.</source>
        <translation>通常のファイルではありません。</translation>
    </message>
    <message>
        <source>It could not be read: %1</source>
        <translation>読み込めませんでした：%1</translation>
    </message>
    <message>
        <source>Another program is writing it; try again in a moment.</source>
        <translation>別のプログラムが書き込み中です。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>There is no active rep named “%1” on the team.</source>
        <translation>チームに「%1」という有効な担当者はいません。</translation>
    </message>
    <message>
        <source>The team has no active reps to send packages to.</source>
        <translation>パッケージを送る有効な担当者がチームにいません。</translation>
    </message>
    <message>
        <source>Set the plan&apos;s period first (Plan → Set Period…).</source>
        <translation>先にプランの期間を設定してください（プラン → 期間の設定…）。</translation>
    </message>
    <message>
        <source>Open the plan for editing once so that it gets an id for its packages.</source>
        <translation>パッケージ用のIDを付けるため、一度プランを編集可能な状態で開いてください。</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>競合</translation>
    </message>
    <message>
        <source>typed in the plan</source>
        <translation>プランで入力</translation>
    </message>
    <message>
        <source>package of %1</source>
        <translation>%1のパッケージ</translation>
    </message>
    <message>
        <source>import of %1</source>
        <translation>%1の取り込み</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>記録なし</translation>
    </message>
    <message>
        <source>%1 new, %2 changed, %3 unchanged, %4 conflicts</source>
        <translation>新規%1件、変更%2件、変更なし%3件、競合%4件</translation>
    </message>
    <message>
        <source>Entered: not recorded</source>
        <translation>入力：記録なし</translation>
    </message>
    <message>
        <source>Entered: %1, %2</source>
        <translation>入力：%1、%2</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>Team</source>
        <translation>チーム</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Capacity (1 = standard)</source>
        <translation>稼働力（1 = 標準）</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Add Rep</source>
        <translation>担当者を追加</translation>
    </message>
    <message>
        <source>Remove Rep</source>
        <translation>担当者を削除</translation>
    </message>
    <message>
        <source>Capacity sizes each rep&apos;s share of KPIs split by capacity: 1.5 takes half as much again as 1.</source>
        <translation>稼働力は「稼働力に応じて配分」するKPIの各担当者の割り当てを決めます。1.5 の人は 1 の人の1.5倍を担当します。</translation>
    </message>
    <message>
        <source>Rep %1</source>
        <translation>担当者 %1</translation>
    </message>
</context>
<context>
    <name>TeamMenu</name>
    <message>
        <source>&amp;Send to Reps…</source>
        <translation>担当者に送付(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Collect From Reps…</source>
        <translation>担当者から回収(&amp;C)…</translation>
    </message>
    <message>
        <source>Collect From a &amp;Folder…</source>
        <translation>フォルダーから回収(&amp;F)…</translation>
    </message>
    <message>
        <source>Reps&apos; &amp;Notes…</source>
        <translation>担当者のメモ(&amp;N)…</translation>
    </message>
    <message>
        <source>Reps&apos; Notes</source>
        <translation>担当者のメモ</translation>
    </message>
    <message>
        <source>Reps&apos; notes</source>
        <translation>担当者のメモ</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>要因</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>対策</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>入力日時</translation>
    </message>
    <message>
        <source>No rep has written a note for this period yet.</source>
        <translation>この期間にメモを書いた担当者はまだいません。</translation>
    </message>
    <message>
        <source>Send to Reps: choose a folder for the packages</source>
        <translation>担当者に送付：パッケージの保存先フォルダーを選択</translation>
    </message>
    <message>
        <source>Wrote %1 rep packages to “%2”.</source>
        <translation>担当者パッケージを%1件「%2」に書き出しました。</translation>
    </message>
    <message>
        <source>Collect From Reps</source>
        <translation>担当者から回収</translation>
    </message>
    <message>
        <source>Rep packages (*%1)</source>
        <translation>担当者パッケージ (*%1)</translation>
    </message>
    <message>
        <source>Collect From Reps: choose the folder of the packages</source>
        <translation>担当者から回収：パッケージのあるフォルダーを選択</translation>
    </message>
    <message>
        <source>There are no rep packages (*%1) there.</source>
        <translation>そこには担当者パッケージ（*%1）がありません。</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>チーム</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>Field sales (visits to deals)</source>
        <translation>法人営業（訪問から成約）</translation>
    </message>
    <message>
        <source>Inside sales (calls to deals)</source>
        <translation>インサイドセールス（架電から成約）</translation>
    </message>
    <message>
        <source>Retail store</source>
        <translation>小売店舗</translation>
    </message>
    <message>
        <source>Subscription sales (new MRR)</source>
        <translation>サブスクリプション営業（新規MRR）</translation>
    </message>
    <message>
        <source>Blank plan</source>
        <translation>空のプラン</translation>
    </message>
    <message>
        <source>Revenue = deals × unit price; deals = prospects × close rate; prospects split evenly across 10 reps. The worked example: ¥10,000,000 needs 100 deals and 500 prospects, 50 per rep.</source>
        <translation>売上 = 成約件数 × 顧客単価、成約件数 = 見込み客数 × 成約率。見込み客数は担当者10人に均等配分。¥10,000,000 には成約100件・見込み客500人（1人あたり50人）が必要という例です。</translation>
    </message>
    <message>
        <source>Revenue from deals, deals from appointments, appointments from connected calls, connections from calls made by each rep.</source>
        <translation>売上は受注から、受注はアポイントから、アポイントは接続した電話から、接続は各担当者の架電から。</translation>
    </message>
    <message>
        <source>Sales = store traffic × purchase rate × average basket.</source>
        <translation>売上 = 来店客数 × 購買率 × 客単価。</translation>
    </message>
    <message>
        <source>New MRR = new contracts × monthly price; contracts from trials, trials from leads.</source>
        <translation>新規MRR = 新規契約数 × 月額単価。契約はトライアルから、トライアルはリードから。</translation>
    </message>
    <message>
        <source>Just a revenue KGI and a team of one; build the rest.</source>
        <translation>売上のKGIと担当者1人だけのプランです。残りは自由に作成します。</translation>
    </message>
</context>
<context>
    <name>ThemeManager</name>
    <message>
        <source>Follow the &amp;System</source>
        <translation>システムに合わせる(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>ライト(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>ダーク(&amp;D)</translation>
    </message>
    <message>
        <source>Colour &amp;Scheme</source>
        <translation>配色(&amp;S)</translation>
    </message>
</context>
<context>
    <name>ThresholdsDialog</name>
    <message>
        <source>Status Thresholds</source>
        <translation>状況の判定基準</translation>
    </message>
    <message>
        <source>On track at or above</source>
        <translation>順調の基準（以上）</translation>
    </message>
    <message>
        <source>At risk below</source>
        <translation>要注意の基準（未満）</translation>
    </message>
</context>
<context>
    <name>TreeActions</name>
    <message>
        <source>&amp;Add Child KPI</source>
        <translation>子KPIを追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Rename KPI</source>
        <translation>KPI名を変更(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete KPI and Its Children</source>
        <translation>KPIと子を削除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Copy KPI</source>
        <translation>KPIをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste KPI as Child</source>
        <translation>KPIを子として貼り付け(&amp;P)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上へ移動(&amp;U)</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>下へ移動(&amp;W)</translation>
    </message>
    <message>
        <source>Move &amp;Out a Level</source>
        <translation>1階層上へ移動(&amp;O)</translation>
    </message>
    <message>
        <source>Move &amp;In under the KPI Above</source>
        <translation>上のKPIの子へ移動(&amp;I)</translation>
    </message>
</context>
<context>
    <name>TreeActuals</name>
    <message>
        <source>Actual</source>
        <translation>実績</translation>
    </message>
    <message>
        <source>Actual (%1)</source>
        <translation>実績（%1）</translation>
    </message>
    <message>
        <source>Derived through the tree: no actual of its own was entered.</source>
        <translation>ツリーから導出：この KPI 自体の実績は入力されていません。</translation>
    </message>
</context>
<context>
    <name>TreeDiagramView</name>
    <message>
        <source>Required</source>
        <translation>必要値</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>計画</translation>
    </message>
    <message>
        <source>Projected</source>
        <translation>見込み</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>差異</translation>
    </message>
    <message>
        <source>KPI tree</source>
        <translation>KPIツリー</translation>
    </message>
</context>
<context>
    <name>TreeKeyboard</name>
    <message>
        <source>Go to the details of this KPI (%1)</source>
        <translation>この KPI の詳細へ移動 (%1)</translation>
    </message>
    <message>
        <source>Go to Details</source>
        <translation>詳細へ移動</translation>
    </message>
    <message>
        <source>Back to the Tree</source>
        <translation>ツリーに戻る</translation>
    </message>
</context>
<context>
    <name>TrendPage</name>
    <message>
        <source>Actual</source>
        <translation>実績</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>達成率</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>目標：%1</translation>
    </message>
    <message>
        <source>Actual: %1</source>
        <translation>実績：%1</translation>
    </message>
    <message>
        <source>Achievement: %1</source>
        <translation>達成率：%1</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>%1 man-yen</source>
        <translation>%1万円</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1日</translation>
    </message>
    <message>
        <source>cannot compute</source>
        <translation>計算不可</translation>
    </message>
    <message>
        <source>%1 pt</source>
        <translation>%1pt</translation>
    </message>
    <message>
        <source>Money (¥)</source>
        <translation>金額（¥）</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Percent (%)</source>
        <translation>率（%）</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>日数</translation>
    </message>
    <message>
        <source>Other unit</source>
        <translation>その他の単位</translation>
    </message>
    <message>
        <source>¥</source>
        <translation>¥</translation>
    </message>
    <message>
        <source>count</source>
        <translation>件</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>days</source>
        <translation>日</translation>
    </message>
</context>
<context>
    <name>WaterfallChart</name>
    <message>
        <source>No actuals yet</source>
        <translation>実績がまだありません</translation>
    </message>
    <message>
        <source>Why %1 is off plan</source>
        <translation>「%1」が計画とずれた要因</translation>
    </message>
    <message>
        <source>Plan to date</source>
        <translation>計画（現時点）</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>計画</translation>
    </message>
    <message>
        <source>Actual to date</source>
        <translation>実績（現時点）</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>実績</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to KPI Desk</source>
        <translation>KPI Desk へようこそ</translation>
    </message>
    <message>
        <source>Set your sales goal, and KPI Desk works out the activity that reaches it. Start from a template, open a plan, or look around the demo plan first.</source>
        <translation>営業目標を設定すると、KPI Desk がそれを達成するための行動を計算します。テンプレートから始めるか、プランを開くか、まずデモプランを見てみましょう。</translation>
    </message>
    <message>
        <source>&amp;New Plan from a Template…</source>
        <translation>テンプレートから新規プラン(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open a Plan…</source>
        <translation>プランを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Try the &amp;Demo Plan</source>
        <translation>デモプランを試す(&amp;D)</translation>
    </message>
    <message>
        <source>Recent plans</source>
        <translation>最近使ったプラン</translation>
    </message>
    <message>
        <source>Recent plans:</source>
        <translation>最近使ったプラン：</translation>
    </message>
</context>
<context>
    <name>WhatIfDialog</name>
    <message>
        <source>What-if</source>
        <translation>シミュレーション</translation>
    </message>
    <message>
        <source>Drivers and their effect on the KGI</source>
        <translation>ドライバーとKGIへの影響</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>要因KPI</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>計画</translation>
    </message>
    <message>
        <source>KGI if +1 %</source>
        <translation>+1%時のKGI変化</translation>
    </message>
    <message>
        <source>Apply to Plan</source>
        <translation>プランに適用</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <source>Type new values in the What-if column. The plan changes only when you apply.</source>
        <translation>「シミュレーション」列に値を入力してください。「プランに適用」を押すまでプランは変わりません。</translation>
    </message>
    <message>
        <source>%1 projected: %2 → %3</source>
        <translation>%1の見込み：%2 → %3</translation>
    </message>
    <message>
        <source>(gap to the KGI %1)</source>
        <translation>（KGIとの差異 %1）</translation>
    </message>
</context>
<context>
    <name>Yomi</name>
    <message>
        <source>A deal needs a name.</source>
        <translation>案件には名前が必要です。</translation>
    </message>
    <message>
        <source>A probability is from 0 % to 100 %.</source>
        <translation>確度は 0 % から 100 % で指定してください。</translation>
    </message>
    <message>
        <source>“%1” is not a rank (A, B, C) or a probability such as 70 %.</source>
        <translation>「%1」はヨミ（A、B、C）でも 70 % のような確度でもありません。</translation>
    </message>
    <message>
        <source>“%1” has no amount: give it one before it is won.</source>
        <translation>「%1」には金額がありません。受注にする前に金額を入力してください。</translation>
    </message>
    <message>
        <source>Keep at least one rank.</source>
        <translation>ヨミのランクを少なくとも 1 つ残してください。</translation>
    </message>
    <message>
        <source>The team has no rep named “%1”.</source>
        <translation>チームに「%1」という担当者はいません。</translation>
    </message>
    <message>
        <source>“%1” cannot be read: write ranks as A=90%, B=50%, C=10%.</source>
        <translation>「%1」は読めません。A=90%, B=50%, C=10% のように書いてください。</translation>
    </message>
    <message>
        <source>A rank needs a name.</source>
        <translation>ランクには名前が必要です。</translation>
    </message>
    <message>
        <source>That deal is no longer in the list.</source>
        <translation>その案件はもうヨミ表にありません。</translation>
    </message>
    <message>
        <source>The pipeline can forecast only the KGI or a money or count KPI that adds up.</source>
        <translation>ヨミ表で着地見込みを出せるのは、KGI か、積み上がる金額・件数の KPI だけです。</translation>
    </message>
    <message>
        <source>“%1” is not a state: use open, won or lost (受注, 失注).</source>
        <translation>「%1」は状態ではありません。open、won、lost（受注、失注）を使ってください。</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>%1行目：%2</translation>
    </message>
    <message>
        <source>no amount</source>
        <translation>金額なし</translation>
    </message>
    <message>
        <source>no rank</source>
        <translation>ヨミなし</translation>
    </message>
    <message>
        <source>no expected close date</source>
        <translation>受注予定日なし</translation>
    </message>
    <message>
        <source>a rank the plan does not have</source>
        <translation>プランにないランク</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>won</source>
        <translation>受注</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>失注</translation>
    </message>
    <message>
        <source>slipped</source>
        <translation>後ろ倒し</translation>
    </message>
    <message>
        <source>pulled in</source>
        <translation>前倒し</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>No actual of “%1” has been entered and none can be derived from the tree: what is closed so far is not known, so the forecast holds only the weighted deals.</source>
        <translation>「%1」の実績は入力されておらず、ツリーからも導出できません。ここまでの成約数が分からないため、着地見込みは加重した案件だけの値です。</translation>
    </message>
</context>
<context>
    <name>YomiBand</name>
    <message>
        <source>Pipeline %1</source>
        <translation>ヨミ %1</translation>
    </message>
</context>
<context>
    <name>YomiImportDialog</name>
    <message>
        <source>Import Pipeline — %1</source>
        <translation>ヨミ表の取り込み — %1</translation>
    </message>
    <message>
        <source>Deal column</source>
        <translation>案件名の列</translation>
    </message>
    <message>
        <source>Rep column</source>
        <translation>担当者の列</translation>
    </message>
    <message>
        <source>Amount column</source>
        <translation>金額の列</translation>
    </message>
    <message>
        <source>Expected close column</source>
        <translation>受注予定日の列</translation>
    </message>
    <message>
        <source>Rank or probability column</source>
        <translation>ヨミ（ランクまたは確度）の列</translation>
    </message>
    <message>
        <source>Note column</source>
        <translation>メモの列</translation>
    </message>
    <message>
        <source>State column</source>
        <translation>状態の列</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>案件名</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>受注予定日</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>ヨミ</translation>
    </message>
    <message>
        <source>Choose the column that names the deals.</source>
        <translation>案件名の列を選んでください。</translation>
    </message>
    <message>
        <source>%1 of %2 rows cannot be read: fix them and import again.</source>
        <translation>%2 行のうち %1 行が読めません。直してからもう一度取り込んでください。</translation>
    </message>
    <message>
        <source>%1 deals will be loaded: %2 new, %3 already listed (updated).</source>
        <translation>%1 件の案件を取り込みます（新規 %2 件、既存 %3 件は更新）。</translation>
    </message>
    <message>
        <source>Import Pipeline</source>
        <translation>ヨミ表の取り込み</translation>
    </message>
    <message>
        <source>Imported %1 deals.</source>
        <translation>%1 件の案件を取り込みました。</translation>
    </message>
</context>
<context>
    <name>YomiModel</name>
    <message>
        <source>Deal</source>
        <translation>案件名</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>受注予定日</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>ヨミ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>open</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>won</source>
        <translation>受注</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>失注</translation>
    </message>
</context>
<context>
    <name>YomiPage</name>
    <message>
        <source>Each rank&apos;s probability, such as A=90%, B=50%, C=10%</source>
        <translation>各ランクの確度（例: A=90%, B=50%, C=10%）</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>受注</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>失注</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>進行中に戻す</translation>
    </message>
    <message>
        <source>Merge Duplicates</source>
        <translation>重複を統合</translation>
    </message>
    <message>
        <source>Merge the deals listed twice under the same name for the same rep</source>
        <translation>同じ担当者で同じ名前の案件を 1 行に統合します</translation>
    </message>
    <message>
        <source>Ranks:</source>
        <translation>ランク:</translation>
    </message>
    <message>
        <source>Edit Pipeline</source>
        <translation>ヨミ表の編集</translation>
    </message>
    <message>
        <source>Remove Deals</source>
        <translation>案件の削除</translation>
    </message>
    <message>
        <source>Close Deal</source>
        <translation>案件の受注・失注</translation>
    </message>
    <message>
        <source>The current deal is not listed twice.</source>
        <translation>選択中の案件は重複していません。</translation>
    </message>
    <message>
        <source>Merge Deals</source>
        <translation>案件の統合</translation>
    </message>
    <message>
        <source>Edit Ranks</source>
        <translation>ランクの編集</translation>
    </message>
    <message>
        <source>Set the plan&apos;s period to see the landing forecast.</source>
        <translation>着地見込みを見るには、プランの期間を設定してください。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Left out of the forecast: %1</source>
        <translation>着地見込みから除外: %1</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>取り込み…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV で書き出し…</translation>
    </message>
    <message>
        <source>Import Pipeline</source>
        <translation>ヨミ表の取り込み</translation>
    </message>
    <message>
        <source>CSV or Excel (*.csv *.tsv *.txt *.xlsx)</source>
        <translation>CSVまたはExcel (*.csv *.tsv *.txt *.xlsx)</translation>
    </message>
    <message>
        <source>Export Pipeline</source>
        <translation>ヨミ表の書き出し</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Wrote %1 deals to %2</source>
        <translation>%1 件の案件を %2 に書き出しました</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Since the review of %1: %2</source>
        <translation>%1 の振り返り以降: %2</translation>
    </message>
</context>
<context>
    <name>YomiSummary</name>
    <message>
        <source>Landing forecast (着地見込み)</source>
        <translation>着地見込み</translation>
    </message>
    <message>
        <source>The KPI the pipeline forecasts: the KGI, or a money or count KPI</source>
        <translation>ヨミ表で着地見込みを出す KPI（KGI、または金額・件数の KPI）</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Closed so far</source>
        <translation>受注済み</translation>
    </message>
    <message>
        <source>Weighted deals</source>
        <translation>確度加重の案件</translation>
    </message>
    <message>
        <source>Pipeline forecast</source>
        <translation>ヨミによる着地見込み</translation>
    </message>
    <message>
        <source>Run-rate forecast</source>
        <translation>ペースによる着地見込み</translation>
    </message>
    <message>
        <source>Gap to target</source>
        <translation>目標との差</translation>
    </message>
    <message>
        <source>Forecast for:</source>
        <translation>着地見込みの対象:</translation>
    </message>
    <message>
        <source>Forecast Pipeline For</source>
        <translation>ヨミ表の対象 KPI の変更</translation>
    </message>
    <message>
        <source>%1 (KGI)</source>
        <translation>%1（KGI）</translation>
    </message>
    <message>
        <source>Weighted deals by rank: %1</source>
        <translation>ランク別の確度加重: %1</translation>
    </message>
    <message>
        <source>If every deal down to each rank closes: %1</source>
        <translation>各ランクまで全件受注した場合: %1</translation>
    </message>
    <message>
        <source>%1 %2 (closed %3)</source>
        <translation>%1 %2（受注済み %3）</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>チーム</translation>
    </message>
    <message>
        <source>By rep: %1</source>
        <translation>担当者別: %1</translation>
    </message>
    <message>
        <source>The pipeline reaches the target: the gap asks nothing more.</source>
        <translation>ヨミで目標に届きます。追加で必要な活動はありません。</translation>
    </message>
    <message>
        <source>%1 more %2</source>
        <translation>%2 をあと %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1（%2 の場合）</translation>
    </message>
    <message>
        <source>%1 per rep</source>
        <translation>1 人あたり %1</translation>
    </message>
    <message>
        <source>%1 per business day left</source>
        <translation>残り営業日 1 日あたり %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>What the gap asks of the tree:
%1</source>
        <translation>差を埋めるには（ツリーから）:
%1</translation>
    </message>
</context>
</TS>
