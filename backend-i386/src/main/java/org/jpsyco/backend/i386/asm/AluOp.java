package org.jpsyco.backend.i386.asm;

import org.jpsyco.backend.i386.encoder.Form;

/** The eight classic two-operand ALU operations and their forms in the encoder's table. */
enum AluOp {
    ADD(Form.ADD_RR, Form.ADD_RM, Form.ADD_MR, Form.ADD_RI8, Form.ADD_RI32, Form.ADD_RAXI32),
    OR(Form.OR_RR, Form.OR_RM, Form.OR_MR, Form.OR_RI8, Form.OR_RI32, Form.OR_RAXI32),
    ADC(Form.ADC_RR, Form.ADC_RM, Form.ADC_MR, Form.ADC_RI8, Form.ADC_RI32, Form.ADC_RAXI32),
    SBB(Form.SBB_RR, Form.SBB_RM, Form.SBB_MR, Form.SBB_RI8, Form.SBB_RI32, Form.SBB_RAXI32),
    AND(Form.AND_RR, Form.AND_RM, Form.AND_MR, Form.AND_RI8, Form.AND_RI32, Form.AND_RAXI32),
    SUB(Form.SUB_RR, Form.SUB_RM, Form.SUB_MR, Form.SUB_RI8, Form.SUB_RI32, Form.SUB_RAXI32),
    XOR(Form.XOR_RR, Form.XOR_RM, Form.XOR_MR, Form.XOR_RI8, Form.XOR_RI32, Form.XOR_RAXI32),
    CMP(Form.CMP_RR, Form.CMP_RM, Form.CMP_MR, Form.CMP_RI8, Form.CMP_RI32, Form.CMP_RAXI32);

    final Form rr;
    final Form rm;
    final Form mr;
    final Form ri8;
    final Form ri32;
    final Form raxi32;

    AluOp(Form rr, Form rm, Form mr, Form ri8, Form ri32, Form raxi32) {
        this.rr = rr;
        this.rm = rm;
        this.mr = mr;
        this.ri8 = ri8;
        this.ri32 = ri32;
        this.raxi32 = raxi32;
    }
}
