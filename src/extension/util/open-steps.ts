// Where the time between opening an article and its highlights goes (issue 11: all highlights of a
// 1 MB article with a 10,000-entry sidecar in < 2 s). Each step of one open is stamped once, with
// performance.now() of this thread; the sidecar worker's steps arrive as wall-clock times and are
// put on the same clock. The editor-scale integration test prints them; nothing decides on them.
import type * as vscode from 'vscode';

export type StepList = Array<[step: string, at: number]>;

export class OpenSteps {
  private readonly byDoc = new Map<string, StepList>();

  /** A new open of `uri` starts: its earlier steps are dropped. */
  begin(uri: vscode.Uri): void {
    this.byDoc.set(uri.toString(), [['load', performance.now()]]);
  }

  /** Stamps `step` for the open in progress, the first time only (a repaint later is not the open's). */
  mark(uri: vscode.Uri, step: string, at = performance.now()): void {
    const list = this.byDoc.get(uri.toString());
    if (list && !list.some(([s]) => s === step)) list.push([step, at]);
  }

  /** A step stamped on another thread as wall-clock time (performance.timeOrigin + performance.now() there). */
  markWall(uri: vscode.Uri, step: string, wall: number): void {
    this.mark(uri, step, wall - performance.timeOrigin);
  }

  /** The steps of the last open of `uri`, in the order stamped. */
  steps(uri: vscode.Uri): StepList {
    return [...(this.byDoc.get(uri.toString()) ?? [])];
  }

  forget(uri: vscode.Uri): void {
    this.byDoc.delete(uri.toString());
  }
}
