/** Who is acting: the signed-in user. Every service call that changes data names its actor. */
export interface Actor {
  readonly userId: string;
}
