import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { AnnotationsRequest, type AnnotationInfo, type ArticleAnnotationsInfo } from '../../server/src/protocol';
import { annotationKind, toRange } from './views/annotationsView';

/**
 * Shows user annotations in the editor distinctly from the automatic spans (which are semantic
 * tokens): a border in the theme colour `lekh.userAnnotation.border` for annotations, a dotted
 * strike for ignore rules, with the label after the text on hover. Fetched per visible article
 * from `lekh/annotations`, again on `lekh/annotationsChanged`.
 */
export class AnnotationDecorations implements vscode.Disposable {
  private readonly user = vscode.window.createTextEditorDecorationType({
    borderWidth: '0 0 2px 0',
    borderStyle: 'solid',
    borderColor: new vscode.ThemeColor('lekh.userAnnotation.border'),
    backgroundColor: new vscode.ThemeColor('lekh.userAnnotation.background'),
    overviewRulerColor: new vscode.ThemeColor('lekh.userAnnotation.border'),
    overviewRulerLane: vscode.OverviewRulerLane.Center,
    // Text typed at either edge is outside the annotation, as the server shifts it.
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
  private readonly ignored = vscode.window.createTextEditorDecorationType({
    textDecoration: 'line-through dotted',
    borderWidth: '0 0 1px 0',
    borderStyle: 'dotted',
    borderColor: new vscode.ThemeColor('lekh.ignoredAnnotation.border'),
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
  private readonly subscriptions: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly client: () => LanguageClient | undefined) {
    this.subscriptions.push(
      vscode.window.onDidChangeVisibleTextEditors(() => this.refresh()),
    );
  }

  /** Fetches and draws again (coalesced). */
  refresh(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.draw();
    }, 50);
  }

  private async draw(): Promise<void> {
    const c = this.client();
    if (!c?.isRunning()) return;
    for (const editor of vscode.window.visibleTextEditors) {
      const uri = editor.document.uri.toString();
      if (editor.document.uri.scheme !== 'file') continue;
      let list: AnnotationInfo[] = [];
      try {
        const res = await c.sendRequest<ArticleAnnotationsInfo[]>(AnnotationsRequest, { uri });
        list = res[0]?.annotations.filter((a) => a.status === 'anchored') ?? [];
      } catch {
        continue;
      }
      const hover = (a: AnnotationInfo) => {
        const md = new vscode.MarkdownString();
        md.appendText(`Lekh: ${annotationKind(a)}${a.note ? ` — ${a.note}` : ''}${a.attribution ? ` (${a.attribution})` : ''}`);
        return md;
      };
      editor.setDecorations(this.user, list.filter((a) => a.origin !== 'ignored').map((a) => ({ range: toRange(a.range), hoverMessage: hover(a) })));
      editor.setDecorations(this.ignored, list.filter((a) => a.origin === 'ignored').map((a) => ({ range: toRange(a.range), hoverMessage: hover(a) })));
    }
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.user.dispose();
    this.ignored.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
