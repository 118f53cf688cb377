<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
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
        <source>the plan file (.kpidesk)</source>
        <translation>プランファイル（.kpidesk）</translation>
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
        <source>New plan</source>
        <translation>新しいプラン</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>%1 を作成しました</translation>
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
    <name>MainWindow</name>
    <message>
        <source>Reps: %1</source>
        <translation>担当者：%1人</translation>
    </message>
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
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Add Child KPI</source>
        <translation>子KPIを追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Delete KPI and Its Children</source>
        <translation>KPIと子を削除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Rename KPI</source>
        <translation>KPI名を変更(&amp;R)</translation>
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
        <source>&amp;About KPI Desk</source>
        <translation>KPI Desk について(&amp;A)</translation>
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
        <source>Save Plan As</source>
        <translation>名前を付けてプランを保存</translation>
    </message>
    <message>
        <source>KPI Desk</source>
        <translation>KPI Desk</translation>
    </message>
    <message>
        <source>KPI Desk plans (*%1)</source>
        <translation>KPI Desk プラン (*%1)</translation>
    </message>
    <message>
        <source>No recent plans</source>
        <translation>最近使ったプランはありません</translation>
    </message>
    <message>
        <source>About KPI Desk</source>
        <translation>KPI Desk について</translation>
    </message>
    <message>
        <source>KPI Desk %1
Plan, track and review sales KPIs.</source>
        <translation>KPI Desk %1
営業KPIの計画・進捗管理・振り返りのためのアプリです。</translation>
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
        <source>Cannot compute because “%1” cannot be computed.</source>
        <translation>「%1」が計算できないため計算できません。</translation>
    </message>
    <message>
        <source>The team has no active reps.</source>
        <translation>チームに有効な担当者がいません。</translation>
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
</context>
<context>
    <name>NodeForm</name>
    <message>
        <source>e.g. hours</source>
        <translation>例：時間</translation>
    </message>
    <message>
        <source>Computed from the parent (solve for this KPI)</source>
        <translation>親から逆算する（このKPIを求める）</translation>
    </message>
    <message>
        <source>Split evenly across the team&apos;s reps</source>
        <translation>チームの担当者に均等に配分する</translation>
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
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Plan (team)</source>
        <translation>計画（チーム）</translation>
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
        <source>Rename plan</source>
        <translation>プラン名の変更</translation>
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
        <source>Computed top-down from the parent&apos;s requirement.</source>
        <translation>親の必要値から逆算した値です。</translation>
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
        <source>Quotient (÷)</source>
        <translation>商（÷）</translation>
    </message>
    <message>
        <source>Input (no children)</source>
        <translation>入力（子なし）</translation>
    </message>
</context>
<context>
    <name>Rounding</name>
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
</TS>
