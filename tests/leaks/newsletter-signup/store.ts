import { configureStore, createSlice, type PayloadAction } from "@reduxjs/toolkit";

export interface SignupEvent {
  email: string;
  lists: string[];
  source: string;
  at: string;
}

interface SignupsState {
  counts: { requested: number; confirmed: number; rejected: number };
  perList: Record<string, number>;
  recent: SignupEvent[];
}

const initialState: SignupsState = {
  counts: { requested: 0, confirmed: 0, rejected: 0 },
  perList: {},
  recent: [],
};

const signups = createSlice({
  name: "signups",
  initialState,
  reducers: {
    signupRequested(state, action: PayloadAction<SignupEvent>) {
      state.counts.requested++;
      for (const list of action.payload.lists) state.perList[list] = (state.perList[list] ?? 0) + 1;
      state.recent.unshift(action.payload);
      // The dashboard shows the last 50.
      if (state.recent.length > 50) state.recent.splice(50);
    },
    signupRejected(state) {
      state.counts.rejected++;
    },
  },
});

export const { signupRequested, signupRejected } = signups.actions;

export const store = configureStore({ reducer: { signups: signups.reducer } });
export type RootState = ReturnType<typeof store.getState>;
