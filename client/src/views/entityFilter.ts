import * as vscode from 'vscode';

/** The entity the sidebar is filtered by. */
export interface FilterEntity {
  /** `TYPE:key`, as `EntitySummary.id`. */
  id: string;
  name: string;
  type: string;
}

/**
 * The sidebar's entity filter, shared by the Corpus view and the Timeline: setting it in one
 * filters both. Keeps the `lekh.corpus.filtered` context key for the Clear Filter action.
 */
export class EntityFilter implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<FilterEntity | undefined>();
  readonly onDidChange = this.changed.event;
  private value: FilterEntity | undefined;

  get current(): FilterEntity | undefined {
    return this.value;
  }

  set(entity: FilterEntity | undefined): void {
    if (entity?.id === this.value?.id) return;
    this.value = entity;
    void vscode.commands.executeCommand('setContext', 'lekh.corpus.filtered', !!entity);
    this.changed.fire(entity);
  }

  dispose(): void {
    this.changed.dispose();
  }
}
